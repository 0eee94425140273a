<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="112"/>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="150"/>
        <source>The app may not use the camera. Allow it in the system settings, or scan with a handheld scanner.</source>
        <translation>O app não tem permissão para usar a câmera. Permita nas configurações do sistema ou leia com um leitor de mão.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="183"/>
        <source>No camera found. Connect one, or scan with a handheld scanner or from an image.</source>
        <translation>Nenhuma câmera encontrada. Conecte uma ou leia com um leitor de mão ou a partir de uma imagem.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="205"/>
        <source>The camera stopped: %1</source>
        <translation>A câmera parou: %1</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="59"/>
        <source>First sync</source>
        <translation>Primeira sincronização</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="63"/>
        <source>Bringing this store&apos;s data to the terminal</source>
        <translation>Trazendo os dados desta loja para o terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="66"/>
        <source>Connecting to HQ…</source>
        <translation>Conectando à central…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="70"/>
        <source>Continue in the background</source>
        <translation>Continuar em segundo plano</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="96"/>
        <source>Syncing {collection}</source>
        <translation>Sincronizando {collection}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="100"/>
        <source>{rows} rows, {rate} rows/s</source>
        <translation>{rows} linhas, {rate} linhas/s</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="104"/>
        <source>about {s} s left</source>
        <translation>faltam cerca de {s} s</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="97"/>
        <source>{sku}: {n} available here</source>
        <translation>{sku}: {n} disponíveis aqui</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="65"/>
        <source>Find a shopper</source>
        <translation>Encontrar um cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="68"/>
        <source>Name, phone, e-mail or loyalty number  (Ctrl+F)</source>
        <translation>Nome, telefone, e-mail ou número de fidelidade  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="69"/>
        <source>Search shoppers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="106"/>
        <source>Products and stock  (Ctrl+P)</source>
        <translation>Produtos e estoque  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="108"/>
        <source>Orders  (Ctrl+O)</source>
        <translation>Pedidos  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="134"/>
        <source>Hello, {name}. Find a shopper</source>
        <translation>Olá, {name}. Encontre um cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="159"/>
        <source>Type a name, the last digits of a phone, an e-mail or scan a loyalty card.</source>
        <translation>Digite um nome, os últimos dígitos de um telefone, um e-mail ou leia um cartão fidelidade.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="182"/>
        <source>Enter opens the first shopper.</source>
        <translation>Enter abre o primeiro cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="185"/>
        <source>No shopper on this terminal matches “{query}”.</source>
        <translation>Nenhum cliente neste terminal corresponde a “{query}”.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="195"/>
        <source>The search did not work: {why}</source>
        <translation>A busca não funcionou: {why}</translation>
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
        <translation>✓ A central confirmou o pedido {order}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="211"/>
        <source>HQ refused order {order}: see Orders (Ctrl+O)</source>
        <translation>A central recusou o pedido {order}: veja Pedidos (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="242"/>
        <source>Enrolling this terminal with HQ</source>
        <translation>Registrando este terminal na central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="244"/>
        <source>Preparing the training chain: {stage}</source>
        <translation>Preparando a rede de treinamento: {stage}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="254"/>
        <source>Checking this terminal&apos;s data</source>
        <translation>Verificando os dados deste terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="287"/>
        <source>The first sync did not finish: HQ cannot be reached. Check the network and start the app again; nothing was lost.</source>
        <translation>A primeira sincronização não terminou: a central não responde. Verifique a rede e abra o aplicativo de novo; nada foi perdido.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="101"/>
        <source>Offline: HQ cannot be reached. Search, profiles and the stock last synced still work. Notes and orders are saved on this terminal and sent when the connection is back.</source>
        <translation>Sem conexão: a central não responde. Busca, perfis e o estoque da última sincronização continuam funcionando. Notas e pedidos ficam salvos neste terminal e são enviados quando a conexão voltar.</translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <location filename="../../clienteling/ui/order.py" line="61"/>
        <source>← Back</source>
        <translation>← Voltar</translation>
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
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="83"/>
        <location filename="../../clienteling/ui/order.py" line="93"/>
        <location filename="../../clienteling/ui/order.py" line="186"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="84"/>
        <location filename="../../clienteling/ui/order.py" line="94"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="87"/>
        <location filename="../../clienteling/ui/order.py" line="95"/>
        <source>Send from</source>
        <translation>Enviar de</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="113"/>
        <source>Ship to the shopper</source>
        <translation>Entregar ao cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="114"/>
        <source>Pick up in a store</source>
        <translation>Retirar em uma loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="132"/>
        <source>Street and number</source>
        <translation>Rua e número</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="133"/>
        <source>Apartment, floor (optional)</source>
        <translation>Apartamento, andar (opcional)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="134"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="135"/>
        <source>Postcode</source>
        <translation>CEP</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="136"/>
        <source>Region (optional)</source>
        <translation>Estado (opcional)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="137"/>
        <source>Country (two letters)</source>
        <translation>País (duas letras)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="166"/>
        <location filename="../../clienteling/ui/order.py" line="168"/>
        <source>Pick-up store</source>
        <translation>Loja de retirada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="175"/>
        <source>Place order</source>
        <translation>Fazer pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="184"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="187"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="188"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="189"/>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="195"/>
        <source>Order this instead</source>
        <translation>Pedir este no lugar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="242"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="255"/>
        <source>This shopper or item is not on this terminal.</source>
        <translation>Este cliente ou item não está neste terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="261"/>
        <source>For {name}</source>
        <translation>Para {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="303"/>
        <source>{size} ({n} here)</source>
        <translation>{size} ({n} aqui)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="321"/>
        <source>{store} — {n} available</source>
        <translation>{store} — {n} disponíveis</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="327"/>
        <source>(suggested)</source>
        <translation>(sugerida)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="329"/>
        <source>Any store (HQ picks the nearest with stock)</source>
        <translation>Qualquer loja (a central escolhe a mais próxima com estoque)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="335"/>
        <source>No store shows {n} available for this size and colour. HQ will answer with what it can offer.</source>
        <translation>Nenhuma loja mostra {n} disponíveis neste tamanho e cor. A central responderá com o que pode oferecer.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="340"/>
        <source>Stock figures are live from HQ.</source>
        <translation>Estoque em tempo real da central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="343"/>
        <source>Stock figures are from the last sync; HQ checks them on the order.</source>
        <translation>Estoque da última sincronização; a central confere ao receber o pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="351"/>
        <source>This colour does not come in this size.</source>
        <translation>Esta cor não existe neste tamanho.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="393"/>
        <source>Needed for the delivery.</source>
        <translation>Necessário para a entrega.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="394"/>
        <source>Too long; shorten it.</source>
        <translation>Longo demais; encurte.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="395"/>
        <source>Use the two-letter country code, e.g. BR, ES, PT.</source>
        <translation>Use o código do país com duas letras, ex.: BR, ES, PT.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="420"/>
        <source>Choose a colour and size that exist.</source>
        <translation>Escolha uma cor e um tamanho que existam.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="427"/>
        <source>Check the delivery address: the fields marked in red.</source>
        <translation>Confira o endereço de entrega: os campos marcados em vermelho.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="448"/>
        <location filename="../../clienteling/ui/order.py" line="529"/>
        <source>Placing the order…</source>
        <translation>Fazendo o pedido…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="460"/>
        <source>The order was not placed: {why}</source>
        <translation>O pedido não foi feito: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="476"/>
        <source>Confirmed by HQ: order {order}, reserved in {stores}.</source>
        <translation>Confirmado pela central: pedido {order}, reservado em {stores}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="486"/>
        <source>Queued — will be sent when HQ is back. Order {order} is saved on this terminal; the status bar tells you when HQ confirms it.</source>
        <translation>Na fila — será enviado quando a central voltar. O pedido {order} está salvo neste terminal; a barra de status avisa quando a central confirmar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="496"/>
        <source>HQ refused the order: {why}. Pick one of these instead:</source>
        <translation>A central recusou o pedido: {why}. Escolha uma destas opções:</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="506"/>
        <source>HQ refused the order: {why}. No other store or size has it; change the order or add the item to the wishlist.</source>
        <translation>A central recusou o pedido: {why}. Nenhuma outra loja ou tamanho tem o item; altere o pedido ou adicione o item à lista de desejos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="546"/>
        <source>Same item, other store</source>
        <translation>Mesmo item, outra loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="547"/>
        <source>Other size or colour</source>
        <translation>Outro tamanho ou cor</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="53"/>
        <source>← Back</source>
        <translation>← Voltar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="56"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="57"/>
        <source>Today at this store</source>
        <translation>Hoje nesta loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="66"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="80"/>
        <source>Placed</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="81"/>
        <source>Shopper</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="82"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="83"/>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="84"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="86"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="101"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="102"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="103"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="104"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="105"/>
        <source>Available</source>
        <translation>Disponível</translation>
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
        <translation>Nenhum pedido hoje nesta loja.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="171"/>
        <source>This shopper has no orders.</source>
        <translation>Este cliente não tem pedidos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="207"/>
        <source>Choose an order to see what can be done next.</source>
        <translation>Escolha um pedido para ver o que fazer a seguir.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="209"/>
        <source>HQ refused it: {why}.</source>
        <translation>A central recusou: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="211"/>
        <source>Order one of the alternatives below, or cancel it.</source>
        <translation>Peça uma das alternativas abaixo ou cancele.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="213"/>
        <source>Nothing else is available; cancel it and tell the shopper.</source>
        <translation>Não há alternativa disponível; cancele e avise o cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="217"/>
        <source>Last try: {why}.</source>
        <translation>Última tentativa: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="222"/>
        <source>Saved on this terminal; it is sent when HQ can be reached.</source>
        <translation>Salvo neste terminal; será enviado quando a central estiver acessível.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="224"/>
        <source>You can still cancel it.</source>
        <translation>Ainda dá para cancelar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="230"/>
        <source>A cancellation is waiting to be sent to HQ.</source>
        <translation>Um cancelamento aguarda envio à central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="233"/>
        <source>Order {order}: {status}.</source>
        <translation>Pedido {order}: {status}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="259"/>
        <source>Placed again with the alternative: confirmed by HQ.</source>
        <translation>Refeito com a alternativa: confirmado pela central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="261"/>
        <source>Placed again with the alternative: queued for HQ.</source>
        <translation>Refeito com a alternativa: na fila para a central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="264"/>
        <source>HQ refused the alternative too: {why}</source>
        <translation>A central recusou a alternativa também: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="287"/>
        <source>Cancelled: it was never sent to HQ.</source>
        <translation>Cancelado: nunca foi enviado à central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="288"/>
        <source>Cancelled at HQ; the stock is released.</source>
        <translation>Cancelado na central; o estoque foi liberado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="289"/>
        <source>Cancellation saved; it is sent when HQ can be reached.</source>
        <translation>Cancelamento salvo; será enviado quando a central estiver acessível.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="298"/>
        <source>That did not work: {why}</source>
        <translation>Não deu certo: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="309"/>
        <source>Pick-up: {store}</source>
        <translation>Retirada: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="310"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="315"/>
        <source>nearest with stock</source>
        <translation>mais próxima com estoque</translation>
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
        <translation>Apagar último dígito</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="77"/>
        <source>← Search</source>
        <translation>← Busca</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="91"/>
        <source>Stock and order</source>
        <translation>Estoque e pedido</translation>
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
        <translation>Loja de origem</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="111"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="112"/>
        <source>Loyalty number</source>
        <translation>Número de fidelidade</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="136"/>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Devoluções</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="141"/>
        <source>↩ returned</source>
        <translation>↩ devolvido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="144"/>
        <location filename="../../clienteling/ui/profile.py" line="256"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="167"/>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="172"/>
        <source>Sizes and preferences</source>
        <translation>Tamanhos e preferências</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="176"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="177"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="179"/>
        <source>State</source>
        <translation>Situação</translation>
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
        <translation>Motivo da visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="196"/>
        <source>What did the shopper ask for, like or need?</source>
        <translation>O que o cliente pediu, gostou ou precisa?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="199"/>
        <source>Save note</source>
        <translation>Salvar nota</translation>
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
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="220"/>
        <location filename="../../clienteling/ui/profile.py" line="239"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="221"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="223"/>
        <source>Here</source>
        <translation>Aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="225"/>
        <source>In stock here</source>
        <translation>Em estoque aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="225"/>
        <source>Not here</source>
        <translation>Não há aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="228"/>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="234"/>
        <source>Wishlist</source>
        <translation>Lista de desejos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="240"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="241"/>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="248"/>
        <source>Placed</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="249"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="251"/>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="253"/>
        <source>Pick-up</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="253"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="261"/>
        <source>Open orders</source>
        <translation>Pedidos em aberto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="297"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="313"/>
        <source>This shopper is no longer on this terminal.</source>
        <translation>Este cliente não está mais neste terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="331"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="332"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="333"/>
        <source>Profiling</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="338"/>
        <source>Consent given</source>
        <translation>Consentimento dado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="338"/>
        <source>No consent</source>
        <translation>Sem consentimento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="345"/>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="360"/>
        <source>Suggestions</source>
        <translation>Sugestões</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="374"/>
        <source>Size: {category}</source>
        <translation>Tamanho: {category}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="378"/>
        <source>Fit</source>
        <translation>Caimento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="379"/>
        <source>Brands</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="380"/>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="381"/>
        <source>Styles</source>
        <translation>Estilos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="387"/>
        <source>No sizes or preferences recorded yet.</source>
        <translation>Nenhum tamanho ou preferência registrado ainda.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="391"/>
        <source>Refused by HQ: {why}</source>
        <translation>Recusada pela central: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="393"/>
        <source>Waiting to send</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="394"/>
        <source>Saved</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="403"/>
        <source>Write the note first.</source>
        <translation>Escreva a nota primeiro.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="421"/>
        <source>Note saved.</source>
        <translation>Nota salva.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="425"/>
        <source>Note saved on this terminal; it is sent to HQ when the connection is back.</source>
        <translation>Nota salva neste terminal; ela será enviada à central quando a conexão voltar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="433"/>
        <source>The note was not saved: {why}</source>
        <translation>A nota não foi salva: {why}</translation>
    </message>
</context>
<context>
    <name>ShopperModel</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="38"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="39"/>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="40"/>
        <source>Home store</source>
        <translation>Loja de origem</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="41"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="42"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="75"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="79"/>
        <source>Tap your name</source>
        <translation>Toque no seu nome</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="92"/>
        <source>No associates of this store on this terminal yet; type your id.</source>
        <translation>Ainda não há vendedores desta loja neste terminal; digite sua matrícula.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="104"/>
        <location filename="../../clienteling/ui/signin.py" line="105"/>
        <source>Employee id</source>
        <translation>Matrícula</translation>
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
        <translation>Matrícula e PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="149"/>
        <source>Store: {name}</source>
        <translation>Loja: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="162"/>
        <source>{name}   ·   {role}</source>
        <translation>{name}   ·   {role}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="187"/>
        <source>Training PIN: {pin}</source>
        <translation>PIN de treinamento: {pin}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="219"/>
        <source>Tap your name or type your employee id.</source>
        <translation>Toque no seu nome ou digite sua matrícula.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="223"/>
        <source>Type your PIN.</source>
        <translation>Digite seu PIN.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="242"/>
        <source>Not signed in: {why}</source>
        <translation>Não entrou: {why}</translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="22"/>
        <source>Getting the terminal ready…</source>
        <translation>Preparando o terminal…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="42"/>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="49"/>
        <source>The terminal could not start</source>
        <translation>O terminal não pôde iniciar</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="40"/>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="56"/>
        <source>● Online</source>
        <translation>● Conectado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="57"/>
        <source>● Offline</source>
        <translation>● Sem conexão</translation>
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
        <translation>Última sincronização: {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="65"/>
        <source>Queued: {n}</source>
        <translation>Na fila: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="67"/>
        <source>Refused: {n}</source>
        <translation>Recusados: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="86"/>
        <source>{name} (signed in offline)</source>
        <translation>{name} (entrou sem conexão)</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="140"/>
        <source>← Back</source>
        <translation>← Voltar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="142"/>
        <source>Products and stock</source>
        <translation>Produtos e estoque</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="153"/>
        <source>Product name, SKU or GTIN  (Ctrl+P)</source>
        <translation>Nome do produto, SKU ou GTIN  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="154"/>
        <source>Search products</source>
        <translation>Buscar produtos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="164"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="165"/>
        <source>Style</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="166"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="176"/>
        <source>Find a product to see its stock.</source>
        <translation>Busque um produto para ver o estoque.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="183"/>
        <source>Stock here by size and colour</source>
        <translation>Estoque aqui por tamanho e cor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="199"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="200"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="201"/>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="202"/>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="207"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
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
        <translation>Digite o nome de um produto, ou leia ou digite um SKU ou GTIN.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="320"/>
        <source>Enter shows the first product.</source>
        <translation>Enter mostra o primeiro produto.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="323"/>
        <source>No product in the catalog matches “{query}”.</source>
        <translation>Nenhum produto do catálogo corresponde a “{query}”.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="334"/>
        <source>The search did not work: {why}</source>
        <translation>A busca não funcionou: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="356"/>
        <source>Asking HQ for the latest figures…</source>
        <translation>Pedindo os números mais recentes à central…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="363"/>
        <source>The stock could not be read: {why}</source>
        <translation>Não foi possível ler o estoque: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="391"/>
        <source>This item is not in the catalog on this terminal.</source>
        <translation>Este item não está no catálogo deste terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="401"/>
        <source>Style {style}</source>
        <translation>Modelo {style}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="410"/>
        <source>Available here ({store}) by colour and size</source>
        <translation>Disponível aqui ({store}) por cor e tamanho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="419"/>
        <source>{colour}, size {size}: {n} here</source>
        <translation>{colour}, tamanho {size}: {n} aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="427"/>
        <source>Other stores, nearest first — live from HQ.</source>
        <translation>Outras lojas, da mais próxima — em tempo real da central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="431"/>
        <source>Other stores, nearest first — from this terminal&apos;s last sync (HQ cannot be reached now).</source>
        <translation>Outras lojas, da mais próxima — da última sincronização deste terminal (a central está inacessível agora).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="457"/>
        <source>Open a shopper&apos;s profile first to order for them.</source>
        <translation>Abra primeiro o perfil de um cliente para fazer o pedido para ele.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="16"/>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="17"/>
        <source>Silver</source>
        <translation>Prata</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="18"/>
        <source>Gold</source>
        <translation>Ouro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="19"/>
        <source>Platinum</source>
        <translation>Platina</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="26"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="27"/>
        <source>Web</source>
        <translation>Site</translation>
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
        <translation>Estagiário</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="38"/>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="45"/>
        <source>Browsing</source>
        <translation>Só olhando</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="46"/>
        <source>Gift</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="47"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="48"/>
        <source>Alteration</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="49"/>
        <source>Return</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="50"/>
        <source>Pick-up</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="51"/>
        <source>Appointment</source>
        <translation>Horário marcado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="52"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="59"/>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="60"/>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="61"/>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="62"/>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="69"/>
        <source>Placed</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="70"/>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="71"/>
        <source>Picked</source>
        <translation>Separado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="72"/>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="73"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="74"/>
        <source>Ready for pick-up</source>
        <translation>Pronto para retirada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="75"/>
        <source>Collected</source>
        <translation>Retirado</translation>
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
        <translation>agora mesmo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="117"/>
        <source>{n} min ago</source>
        <translation>há {n} min</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="119"/>
        <source>{n} h ago</source>
        <translation>há {n} h</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="120"/>
        <source>{n} days ago</source>
        <translation>há {n} dias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="125"/>
        <source>as of {age}</source>
        <translation>atualizado {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="132"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="139"/>
        <source>black</source>
        <translation>preto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="140"/>
        <source>white</source>
        <translation>branco</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="141"/>
        <source>navy</source>
        <translation>azul-marinho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="142"/>
        <source>grey</source>
        <translation>cinza</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="143"/>
        <source>beige</source>
        <translation>bege</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="144"/>
        <source>olive</source>
        <translation>oliva</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="145"/>
        <source>red</source>
        <translation>vermelho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="146"/>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="147"/>
        <source>brown</source>
        <translation>marrom</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="148"/>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="156"/>
        <source>Queued — will be sent when HQ is back</source>
        <translation>Na fila — será enviado quando a central voltar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="158"/>
        <source>Refused by HQ</source>
        <translation>Recusado pela central</translation>
    </message>
</context>
</TS>
