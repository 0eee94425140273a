<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="112"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="150"/>
        <source>The app may not use the camera. Allow it in the system settings, or scan with a handheld scanner.</source>
        <translation>La app no tiene permiso para usar la cámara. Permítelo en la configuración del sistema o escanea con un lector de mano.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="183"/>
        <source>No camera found. Connect one, or scan with a handheld scanner or from an image.</source>
        <translation>No se encontró ninguna cámara. Conecta una o escanea con un lector de mano o desde una imagen.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="205"/>
        <source>The camera stopped: %1</source>
        <translation>La cámara se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="59"/>
        <source>First sync</source>
        <translation>Primera sincronización</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="63"/>
        <source>Bringing this store&apos;s data to the terminal</source>
        <translation>Trayendo los datos de esta tienda al terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="66"/>
        <source>Connecting to HQ…</source>
        <translation>Conectando con la central…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="70"/>
        <source>Continue in the background</source>
        <translation>Continuar en segundo plano</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="96"/>
        <source>Syncing {collection}</source>
        <translation>Sincronizando {collection}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="100"/>
        <source>{rows} rows, {rate} rows/s</source>
        <translation>{rows} filas, {rate} filas/s</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="104"/>
        <source>about {s} s left</source>
        <translation>quedan unos {s} s</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="97"/>
        <source>{sku}: {n} available here</source>
        <translation>{sku}: {n} disponibles aquí</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="65"/>
        <source>Find a shopper</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="68"/>
        <source>Name, phone, e-mail or loyalty number  (Ctrl+F)</source>
        <translation>Nombre, teléfono, correo o número de fidelización  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="69"/>
        <source>Search shoppers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="106"/>
        <source>Products and stock  (Ctrl+P)</source>
        <translation>Productos y stock  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="108"/>
        <source>Orders  (Ctrl+O)</source>
        <translation>Pedidos  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="134"/>
        <source>Hello, {name}. Find a shopper</source>
        <translation>Hola, {name}. Busca un cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="159"/>
        <source>Type a name, the last digits of a phone, an e-mail or scan a loyalty card.</source>
        <translation>Escribe un nombre, los últimos dígitos de un teléfono, un correo o escanea una tarjeta de fidelización.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="182"/>
        <source>Enter opens the first shopper.</source>
        <translation>Intro abre el primer cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="185"/>
        <source>No shopper on this terminal matches “{query}”.</source>
        <translation>Ningún cliente de este terminal coincide con «{query}».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="195"/>
        <source>The search did not work: {why}</source>
        <translation>La búsqueda no funcionó: {why}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="42"/>
        <source>Clienteling</source>
        <translation>Clienteling</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="208"/>
        <source>✓ HQ confirmed order {order}</source>
        <translation>✓ La central confirmó el pedido {order}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="211"/>
        <source>HQ refused order {order}: see Orders (Ctrl+O)</source>
        <translation>La central rechazó el pedido {order}: mira Pedidos (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="242"/>
        <source>Enrolling this terminal with HQ</source>
        <translation>Registrando este terminal en la central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="244"/>
        <source>Preparing the training chain: {stage}</source>
        <translation>Preparando la cadena de formación: {stage}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="254"/>
        <source>Checking this terminal&apos;s data</source>
        <translation>Comprobando los datos de este terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="287"/>
        <source>The first sync did not finish: HQ cannot be reached. Check the network and start the app again; nothing was lost.</source>
        <translation>La primera sincronización no terminó: no se puede contactar con la central. Revisa la red y vuelve a abrir la aplicación; no se ha perdido nada.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="101"/>
        <source>Offline: HQ cannot be reached. Search, profiles and the stock last synced still work. Notes and orders are saved on this terminal and sent when the connection is back.</source>
        <translation>Sin conexión: no se puede contactar con la central. La búsqueda, los perfiles y el stock de la última sincronización siguen funcionando. Las notas y los pedidos se guardan en este terminal y se envían cuando vuelva la conexión.</translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <location filename="../../clienteling/ui/order.py" line="61"/>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="64"/>
        <source>Order for delivery</source>
        <translation>Pedido para entrega</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="82"/>
        <location filename="../../clienteling/ui/order.py" line="92"/>
        <location filename="../../clienteling/ui/order.py" line="185"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="83"/>
        <location filename="../../clienteling/ui/order.py" line="93"/>
        <location filename="../../clienteling/ui/order.py" line="186"/>
        <source>Size</source>
        <translation>Talla</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="84"/>
        <location filename="../../clienteling/ui/order.py" line="94"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="87"/>
        <location filename="../../clienteling/ui/order.py" line="95"/>
        <source>Send from</source>
        <translation>Enviar desde</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="113"/>
        <source>Ship to the shopper</source>
        <translation>Enviar al cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="114"/>
        <source>Pick up in a store</source>
        <translation>Recoger en una tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="132"/>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="133"/>
        <source>Apartment, floor (optional)</source>
        <translation>Piso, puerta (opcional)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="134"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="135"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="136"/>
        <source>Region (optional)</source>
        <translation>Provincia (opcional)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="137"/>
        <source>Country (two letters)</source>
        <translation>País (dos letras)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="166"/>
        <location filename="../../clienteling/ui/order.py" line="168"/>
        <source>Pick-up store</source>
        <translation>Tienda de recogida</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="175"/>
        <source>Place order</source>
        <translation>Hacer pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="184"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="187"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="188"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="189"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="195"/>
        <source>Order this instead</source>
        <translation>Pedir este en su lugar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="242"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="255"/>
        <source>This shopper or item is not on this terminal.</source>
        <translation>Este cliente o artículo no está en este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="261"/>
        <source>For {name}</source>
        <translation>Para {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="303"/>
        <source>{size} ({n} here)</source>
        <translation>{size} ({n} aquí)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="321"/>
        <source>{store} — {n} available</source>
        <translation>{store} — {n} disponibles</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="327"/>
        <source>(suggested)</source>
        <translation>(sugerida)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="329"/>
        <source>Any store (HQ picks the nearest with stock)</source>
        <translation>Cualquier tienda (la central elige la más cercana con stock)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="335"/>
        <source>No store shows {n} available for this size and colour. HQ will answer with what it can offer.</source>
        <translation>Ninguna tienda muestra {n} disponibles en esta talla y color. La central responderá con lo que puede ofrecer.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="340"/>
        <source>Stock figures are live from HQ.</source>
        <translation>Stock en tiempo real de la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="343"/>
        <source>Stock figures are from the last sync; HQ checks them on the order.</source>
        <translation>Stock de la última sincronización; la central lo comprueba con el pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="351"/>
        <source>This colour does not come in this size.</source>
        <translation>Este color no existe en esta talla.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="393"/>
        <source>Needed for the delivery.</source>
        <translation>Necesario para el envío.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="394"/>
        <source>Too long; shorten it.</source>
        <translation>Demasiado largo; acórtalo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="395"/>
        <source>Use the two-letter country code, e.g. BR, ES, PT.</source>
        <translation>Usa el código de país de dos letras, p. ej. BR, ES, PT.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="420"/>
        <source>Choose a colour and size that exist.</source>
        <translation>Elige un color y una talla que existan.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="427"/>
        <source>Check the delivery address: the fields marked in red.</source>
        <translation>Revisa la dirección de envío: los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="448"/>
        <location filename="../../clienteling/ui/order.py" line="529"/>
        <source>Placing the order…</source>
        <translation>Haciendo el pedido…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="460"/>
        <source>The order was not placed: {why}</source>
        <translation>El pedido no se hizo: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="476"/>
        <source>Confirmed by HQ: order {order}, reserved in {stores}.</source>
        <translation>Confirmado por la central: pedido {order}, reservado en {stores}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="486"/>
        <source>Queued — will be sent when HQ is back. Order {order} is saved on this terminal; the status bar tells you when HQ confirms it.</source>
        <translation>En cola — se enviará cuando vuelva la central. El pedido {order} está guardado en este terminal; la barra de estado avisa cuando la central lo confirme.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="496"/>
        <source>HQ refused the order: {why}. Pick one of these instead:</source>
        <translation>La central rechazó el pedido: {why}. Elige una de estas opciones:</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="506"/>
        <source>HQ refused the order: {why}. No other store or size has it; change the order or add the item to the wishlist.</source>
        <translation>La central rechazó el pedido: {why}. Ninguna otra tienda o talla lo tiene; cambia el pedido o añade el artículo a la lista de deseos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="546"/>
        <source>Same item, other store</source>
        <translation>Mismo artículo, otra tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="547"/>
        <source>Other size or colour</source>
        <translation>Otra talla o color</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="53"/>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="56"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="57"/>
        <source>Today at this store</source>
        <translation>Hoy en esta tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="66"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="80"/>
        <source>Placed</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="81"/>
        <source>Shopper</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="82"/>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="83"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="84"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="86"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="101"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="102"/>
        <source>Size</source>
        <translation>Talla</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="103"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="104"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="105"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="112"/>
        <source>Order this alternative</source>
        <translation>Pedir esta alternativa</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="115"/>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="144"/>
        <source>Orders of {name}</source>
        <translation>Pedidos de {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="169"/>
        <source>No orders yet today at this store.</source>
        <translation>Aún no hay pedidos hoy en esta tienda.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="171"/>
        <source>This shopper has no orders.</source>
        <translation>Este cliente no tiene pedidos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="207"/>
        <source>Choose an order to see what can be done next.</source>
        <translation>Elige un pedido para ver qué se puede hacer.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="209"/>
        <source>HQ refused it: {why}.</source>
        <translation>La central lo rechazó: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="211"/>
        <source>Order one of the alternatives below, or cancel it.</source>
        <translation>Pide una de las alternativas de abajo o cancélalo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="213"/>
        <source>Nothing else is available; cancel it and tell the shopper.</source>
        <translation>No hay nada más disponible; cancélalo y avisa al cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="217"/>
        <source>Last try: {why}.</source>
        <translation>Último intento: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="222"/>
        <source>Saved on this terminal; it is sent when HQ can be reached.</source>
        <translation>Guardado en este terminal; se envía cuando se pueda contactar con la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="224"/>
        <source>You can still cancel it.</source>
        <translation>Aún puedes cancelarlo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="230"/>
        <source>A cancellation is waiting to be sent to HQ.</source>
        <translation>Una cancelación espera a enviarse a la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="233"/>
        <source>Order {order}: {status}.</source>
        <translation>Pedido {order}: {status}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="259"/>
        <source>Placed again with the alternative: confirmed by HQ.</source>
        <translation>Hecho de nuevo con la alternativa: confirmado por la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="261"/>
        <source>Placed again with the alternative: queued for HQ.</source>
        <translation>Hecho de nuevo con la alternativa: en cola para la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="264"/>
        <source>HQ refused the alternative too: {why}</source>
        <translation>La central también rechazó la alternativa: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="287"/>
        <source>Cancelled: it was never sent to HQ.</source>
        <translation>Cancelado: nunca se envió a la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="288"/>
        <source>Cancelled at HQ; the stock is released.</source>
        <translation>Cancelado en la central; el stock queda libre.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="289"/>
        <source>Cancellation saved; it is sent when HQ can be reached.</source>
        <translation>Cancelación guardada; se envía cuando se pueda contactar con la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="298"/>
        <source>That did not work: {why}</source>
        <translation>No funcionó: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="309"/>
        <source>Pick-up: {store}</source>
        <translation>Recogida: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="310"/>
        <source>Delivery</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="315"/>
        <source>nearest with stock</source>
        <translation>la más cercana con stock</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="321"/>
        <source>cancelling</source>
        <translation>cancelando</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="46"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="54"/>
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="77"/>
        <source>← Search</source>
        <translation>← Búsqueda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="91"/>
        <source>Stock and order</source>
        <translation>Stock y pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="93"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="107"/>
        <source>Lifetime value</source>
        <translation>Valor total</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="108"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="109"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="110"/>
        <source>Home store</source>
        <translation>Tienda habitual</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="111"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="112"/>
        <source>Loyalty number</source>
        <translation>Número de fidelización</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="136"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="137"/>
        <location filename="../../clienteling/ui/profile.py" line="153"/>
        <location filename="../../clienteling/ui/profile.py" line="160"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="138"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="140"/>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="141"/>
        <source>↩ returned</source>
        <translation>↩ devuelto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="144"/>
        <location filename="../../clienteling/ui/profile.py" line="256"/>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="167"/>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="172"/>
        <source>Sizes and preferences</source>
        <translation>Tallas y preferencias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="176"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="177"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="179"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="183"/>
        <location filename="../../clienteling/ui/profile.py" line="197"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="191"/>
        <location filename="../../clienteling/ui/profile.py" line="203"/>
        <source>Reason for the visit</source>
        <translation>Motivo de la visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="196"/>
        <source>What did the shopper ask for, like or need?</source>
        <translation>¿Qué pidió, le gustó o necesita el cliente?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="199"/>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="215"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="219"/>
        <location filename="../../clienteling/ui/profile.py" line="238"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="220"/>
        <location filename="../../clienteling/ui/profile.py" line="239"/>
        <source>Size</source>
        <translation>Talla</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="221"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="223"/>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="225"/>
        <source>In stock here</source>
        <translation>En stock aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="225"/>
        <source>Not here</source>
        <translation>No hay aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="228"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="234"/>
        <source>Wishlist</source>
        <translation>Lista de deseos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="240"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="241"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="248"/>
        <source>Placed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="249"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="251"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="253"/>
        <source>Pick-up</source>
        <translation>Recogida</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="253"/>
        <source>Delivery</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="261"/>
        <source>Open orders</source>
        <translation>Pedidos abiertos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="297"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="313"/>
        <source>This shopper is no longer on this terminal.</source>
        <translation>Este cliente ya no está en este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="331"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="332"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="333"/>
        <source>Profiling</source>
        <translation>Perfilado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="338"/>
        <source>Consent given</source>
        <translation>Consentimiento dado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="338"/>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="345"/>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="360"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="374"/>
        <source>Size: {category}</source>
        <translation>Talla: {category}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="378"/>
        <source>Fit</source>
        <translation>Corte</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="379"/>
        <source>Brands</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="380"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="381"/>
        <source>Styles</source>
        <translation>Estilos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="387"/>
        <source>No sizes or preferences recorded yet.</source>
        <translation>Aún no hay tallas ni preferencias registradas.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="391"/>
        <source>Refused by HQ: {why}</source>
        <translation>Rechazada por la central: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="393"/>
        <source>Waiting to send</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="394"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="403"/>
        <source>Write the note first.</source>
        <translation>Escribe la nota primero.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="421"/>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="425"/>
        <source>Note saved on this terminal; it is sent to HQ when the connection is back.</source>
        <translation>Nota guardada en este terminal; se enviará a la central cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="433"/>
        <source>The note was not saved: {why}</source>
        <translation>La nota no se guardó: {why}</translation>
    </message>
</context>
<context>
    <name>ShopperModel</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="38"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="39"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="40"/>
        <source>Home store</source>
        <translation>Tienda habitual</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="41"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="42"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="75"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="79"/>
        <source>Tap your name</source>
        <translation>Toca tu nombre</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="92"/>
        <source>No associates of this store on this terminal yet; type your id.</source>
        <translation>Aún no hay vendedores de esta tienda en este terminal; escribe tu número de empleado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="104"/>
        <location filename="../../clienteling/ui/signin.py" line="105"/>
        <source>Employee id</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="108"/>
        <location filename="../../clienteling/ui/signin.py" line="109"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="124"/>
        <source>Employee id and PIN</source>
        <translation>Número de empleado y PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="149"/>
        <source>Store: {name}</source>
        <translation>Tienda: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="162"/>
        <source>{name}   ·   {role}</source>
        <translation>{name}   ·   {role}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="187"/>
        <source>Training PIN: {pin}</source>
        <translation>PIN de formación: {pin}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="219"/>
        <source>Tap your name or type your employee id.</source>
        <translation>Toca tu nombre o escribe tu número de empleado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="223"/>
        <source>Type your PIN.</source>
        <translation>Escribe tu PIN.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="242"/>
        <source>Not signed in: {why}</source>
        <translation>No se inició sesión: {why}</translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="22"/>
        <source>Getting the terminal ready…</source>
        <translation>Preparando el terminal…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="42"/>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="49"/>
        <source>The terminal could not start</source>
        <translation>El terminal no pudo iniciarse</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="40"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="56"/>
        <source>● Online</source>
        <translation>● Conectado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="57"/>
        <source>● Offline</source>
        <translation>● Sin conexión</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="58"/>
        <source>● HQ slow</source>
        <translation>● Central lenta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="59"/>
        <source>● Syncing…</source>
        <translation>● Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="64"/>
        <source>Last sync: {age}</source>
        <translation>Última sincronización: {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="65"/>
        <source>Queued: {n}</source>
        <translation>En cola: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="67"/>
        <source>Refused: {n}</source>
        <translation>Rechazados: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="86"/>
        <source>{name} (signed in offline)</source>
        <translation>{name} (sesión sin conexión)</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="140"/>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="142"/>
        <source>Products and stock</source>
        <translation>Productos y stock</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="153"/>
        <source>Product name, SKU or GTIN  (Ctrl+P)</source>
        <translation>Nombre del producto, SKU o GTIN  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="154"/>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="164"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="165"/>
        <source>Style</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="166"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="176"/>
        <source>Find a product to see its stock.</source>
        <translation>Busca un producto para ver su stock.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="183"/>
        <source>Stock here by size and colour</source>
        <translation>Stock aquí por talla y color</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="199"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="200"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="201"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="202"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="207"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="209"/>
        <source>Order for delivery…</source>
        <translation>Pedido para entrega…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="260"/>
        <source>For {name}</source>
        <translation>Para {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="297"/>
        <location filename="../../clienteling/ui/stock.py" line="385"/>
        <source>Type a product name, or scan or type a SKU or GTIN.</source>
        <translation>Escribe el nombre de un producto, o escanea o escribe un SKU o GTIN.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="320"/>
        <source>Enter shows the first product.</source>
        <translation>Enter muestra el primer producto.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="323"/>
        <source>No product in the catalog matches “{query}”.</source>
        <translation>Ningún producto del catálogo coincide con «{query}».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="334"/>
        <source>The search did not work: {why}</source>
        <translation>La búsqueda no funcionó: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="356"/>
        <source>Asking HQ for the latest figures…</source>
        <translation>Pidiendo las cifras más recientes a la central…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="363"/>
        <source>The stock could not be read: {why}</source>
        <translation>No se pudo leer el stock: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="391"/>
        <source>This item is not in the catalog on this terminal.</source>
        <translation>Este artículo no está en el catálogo de este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="401"/>
        <source>Style {style}</source>
        <translation>Modelo {style}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="410"/>
        <source>Available here ({store}) by colour and size</source>
        <translation>Disponible aquí ({store}) por color y talla</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="419"/>
        <source>{colour}, size {size}: {n} here</source>
        <translation>{colour}, talla {size}: {n} aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="427"/>
        <source>Other stores, nearest first — live from HQ.</source>
        <translation>Otras tiendas, la más cercana primero — en tiempo real de la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="431"/>
        <source>Other stores, nearest first — from this terminal&apos;s last sync (HQ cannot be reached now).</source>
        <translation>Otras tiendas, la más cercana primero — de la última sincronización de este terminal (ahora no se puede contactar con la central).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="457"/>
        <source>Open a shopper&apos;s profile first to order for them.</source>
        <translation>Abre primero el perfil de un cliente para pedir para él.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="16"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="17"/>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="18"/>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="19"/>
        <source>Platinum</source>
        <translation>Platino</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="26"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="27"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="28"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="29"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="36"/>
        <source>Associate</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="37"/>
        <source>Trainee</source>
        <translation>En formación</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="38"/>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="45"/>
        <source>Browsing</source>
        <translation>Mirando</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="46"/>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="47"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="48"/>
        <source>Alteration</source>
        <translation>Arreglo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="49"/>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="50"/>
        <source>Pick-up</source>
        <translation>Recogida</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="51"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="52"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="59"/>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="60"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="61"/>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="62"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="69"/>
        <source>Placed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="70"/>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="71"/>
        <source>Picked</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="72"/>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="73"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="74"/>
        <source>Ready for pick-up</source>
        <translation>Listo para recoger</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="75"/>
        <source>Collected</source>
        <translation>Recogido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="76"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="113"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="115"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="117"/>
        <source>{n} min ago</source>
        <translation>hace {n} min</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="119"/>
        <source>{n} h ago</source>
        <translation>hace {n} h</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="120"/>
        <source>{n} days ago</source>
        <translation>hace {n} días</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="125"/>
        <source>as of {age}</source>
        <translation>actualizado {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="132"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="139"/>
        <source>black</source>
        <translation>negro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="140"/>
        <source>white</source>
        <translation>blanco</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="141"/>
        <source>navy</source>
        <translation>azul marino</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="142"/>
        <source>grey</source>
        <translation>gris</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="143"/>
        <source>beige</source>
        <translation>beis</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="144"/>
        <source>olive</source>
        <translation>oliva</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="145"/>
        <source>red</source>
        <translation>rojo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="146"/>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="147"/>
        <source>brown</source>
        <translation>marrón</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="148"/>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="156"/>
        <source>Queued — will be sent when HQ is back</source>
        <translation>En cola — se enviará cuando vuelva la central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="158"/>
        <source>Refused by HQ</source>
        <translation>Rechazado por la central</translation>
    </message>
</context>
</TS>
