<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
    <name>LookupScreen</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="61"/>
        <source>Find a shopper</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="64"/>
        <source>Name, phone, e-mail or loyalty number  (Ctrl+F)</source>
        <translation>Nombre, teléfono, correo o número de fidelización  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="65"/>
        <source>Search shoppers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="122"/>
        <source>Hello, {name}. Find a shopper</source>
        <translation>Hola, {name}. Busca un cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="147"/>
        <source>Type a name, the last digits of a phone, an e-mail or scan a loyalty card.</source>
        <translation>Escribe un nombre, los últimos dígitos de un teléfono, un correo o escanea una tarjeta de fidelización.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="170"/>
        <source>Enter opens the first shopper.</source>
        <translation>Intro abre el primer cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="173"/>
        <source>No shopper on this terminal matches “{query}”.</source>
        <translation>Ningún cliente de este terminal coincide con «{query}».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="183"/>
        <source>The search did not work: {why}</source>
        <translation>La búsqueda no funcionó: {why}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="38"/>
        <source>Clienteling</source>
        <translation>Clienteling</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="126"/>
        <source>Enrolling this terminal with HQ</source>
        <translation>Registrando este terminal en la central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="128"/>
        <source>Preparing the training chain: {stage}</source>
        <translation>Preparando la cadena de formación: {stage}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="138"/>
        <source>Checking this terminal&apos;s data</source>
        <translation>Comprobando los datos de este terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="171"/>
        <source>The first sync did not finish: HQ cannot be reached. Check the network and start the app again; nothing was lost.</source>
        <translation>La primera sincronización no terminó: no se puede contactar con la central. Revisa la red y vuelve a abrir la aplicación; no se ha perdido nada.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="84"/>
        <source>Offline: HQ cannot be reached. Search, profiles and the stock last synced still work. Notes and orders are saved on this terminal and sent when the connection is back.</source>
        <translation>Sin conexión: no se puede contactar con la central. La búsqueda, los perfiles y el stock de la última sincronización siguen funcionando. Las notas y los pedidos se guardan en este terminal y se envían cuando vuelva la conexión.</translation>
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
        <location filename="../../clienteling/ui/profile.py" line="74"/>
        <source>← Search</source>
        <translation>← Búsqueda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="98"/>
        <source>Lifetime value</source>
        <translation>Valor total</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="99"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="100"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="101"/>
        <source>Home store</source>
        <translation>Tienda habitual</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="102"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="103"/>
        <source>Loyalty number</source>
        <translation>Número de fidelización</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="127"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="128"/>
        <location filename="../../clienteling/ui/profile.py" line="144"/>
        <location filename="../../clienteling/ui/profile.py" line="151"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="129"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="131"/>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="132"/>
        <source>↩ returned</source>
        <translation>↩ devuelto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="135"/>
        <location filename="../../clienteling/ui/profile.py" line="243"/>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="156"/>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="161"/>
        <source>Sizes and preferences</source>
        <translation>Tallas y preferencias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="165"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="166"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="168"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="172"/>
        <location filename="../../clienteling/ui/profile.py" line="186"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="180"/>
        <location filename="../../clienteling/ui/profile.py" line="192"/>
        <source>Reason for the visit</source>
        <translation>Motivo de la visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="185"/>
        <source>What did the shopper ask for, like or need?</source>
        <translation>¿Qué pidió, le gustó o necesita el cliente?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="188"/>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="204"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="208"/>
        <location filename="../../clienteling/ui/profile.py" line="225"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="209"/>
        <location filename="../../clienteling/ui/profile.py" line="226"/>
        <source>Size</source>
        <translation>Talla</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="210"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="212"/>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="214"/>
        <source>In stock here</source>
        <translation>En stock aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="214"/>
        <source>Not here</source>
        <translation>No hay aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="217"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="221"/>
        <source>Wishlist</source>
        <translation>Lista de deseos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="227"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="228"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="235"/>
        <source>Placed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="236"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="238"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="240"/>
        <source>Pick-up</source>
        <translation>Recogida</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="240"/>
        <source>Delivery</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="248"/>
        <source>Open orders</source>
        <translation>Pedidos abiertos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="265"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="281"/>
        <source>This shopper is no longer on this terminal.</source>
        <translation>Este cliente ya no está en este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="299"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="300"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="301"/>
        <source>Profiling</source>
        <translation>Perfilado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="306"/>
        <source>Consent given</source>
        <translation>Consentimiento dado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="306"/>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="313"/>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="328"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="342"/>
        <source>Size: {category}</source>
        <translation>Talla: {category}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="346"/>
        <source>Fit</source>
        <translation>Corte</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="347"/>
        <source>Brands</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="348"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="349"/>
        <source>Styles</source>
        <translation>Estilos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="355"/>
        <source>No sizes or preferences recorded yet.</source>
        <translation>Aún no hay tallas ni preferencias registradas.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="359"/>
        <source>Refused by HQ: {why}</source>
        <translation>Rechazada por la central: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="361"/>
        <source>Waiting to send</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="362"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="371"/>
        <source>Write the note first.</source>
        <translation>Escribe la nota primero.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="389"/>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="393"/>
        <source>Note saved on this terminal; it is sent to HQ when the connection is back.</source>
        <translation>Nota guardada en este terminal; se enviará a la central cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="401"/>
        <source>The note was not saved: {why}</source>
        <translation>La nota no se guardó: {why}</translation>
    </message>
</context>
<context>
    <name>ShopperModel</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="36"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="37"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="38"/>
        <source>Home store</source>
        <translation>Tienda habitual</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="39"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="40"/>
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
        <location filename="../../clienteling/ui/status.py" line="31"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="46"/>
        <source>● Online</source>
        <translation>● Conectado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="47"/>
        <source>● Offline</source>
        <translation>● Sin conexión</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="48"/>
        <source>● HQ slow</source>
        <translation>● Central lenta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="49"/>
        <source>● Syncing…</source>
        <translation>● Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="54"/>
        <source>Last sync: {age}</source>
        <translation>Última sincronización: {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="55"/>
        <source>Queued: {n}</source>
        <translation>En cola: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="57"/>
        <source>Refused: {n}</source>
        <translation>Rechazados: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="69"/>
        <source>{name} (signed in offline)</source>
        <translation>{name} (sesión sin conexión)</translation>
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
</context>
</TS>
