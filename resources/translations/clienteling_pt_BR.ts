<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
    <name>LookupScreen</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="61"/>
        <source>Find a shopper</source>
        <translation>Encontrar um cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="64"/>
        <source>Name, phone, e-mail or loyalty number  (Ctrl+F)</source>
        <translation>Nome, telefone, e-mail ou número de fidelidade  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="65"/>
        <source>Search shoppers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="122"/>
        <source>Hello, {name}. Find a shopper</source>
        <translation>Olá, {name}. Encontre um cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="147"/>
        <source>Type a name, the last digits of a phone, an e-mail or scan a loyalty card.</source>
        <translation>Digite um nome, os últimos dígitos de um telefone, um e-mail ou leia um cartão fidelidade.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="170"/>
        <source>Enter opens the first shopper.</source>
        <translation>Enter abre o primeiro cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="173"/>
        <source>No shopper on this terminal matches “{query}”.</source>
        <translation>Nenhum cliente neste terminal corresponde a “{query}”.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="183"/>
        <source>The search did not work: {why}</source>
        <translation>A busca não funcionou: {why}</translation>
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
        <translation>Registrando este terminal na central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="128"/>
        <source>Preparing the training chain: {stage}</source>
        <translation>Preparando a rede de treinamento: {stage}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="138"/>
        <source>Checking this terminal&apos;s data</source>
        <translation>Verificando os dados deste terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="171"/>
        <source>The first sync did not finish: HQ cannot be reached. Check the network and start the app again; nothing was lost.</source>
        <translation>A primeira sincronização não terminou: a central não responde. Verifique a rede e abra o aplicativo de novo; nada foi perdido.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="84"/>
        <source>Offline: HQ cannot be reached. Search, profiles and the stock last synced still work. Notes and orders are saved on this terminal and sent when the connection is back.</source>
        <translation>Sem conexão: a central não responde. Busca, perfis e o estoque da última sincronização continuam funcionando. Notas e pedidos ficam salvos neste terminal e são enviados quando a conexão voltar.</translation>
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
        <location filename="../../clienteling/ui/profile.py" line="74"/>
        <source>← Search</source>
        <translation>← Busca</translation>
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
        <translation>Loja de origem</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="102"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="103"/>
        <source>Loyalty number</source>
        <translation>Número de fidelidade</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="127"/>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Devoluções</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="132"/>
        <source>↩ returned</source>
        <translation>↩ devolvido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="135"/>
        <location filename="../../clienteling/ui/profile.py" line="243"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="156"/>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="161"/>
        <source>Sizes and preferences</source>
        <translation>Tamanhos e preferências</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="165"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="166"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="168"/>
        <source>State</source>
        <translation>Situação</translation>
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
        <translation>Motivo da visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="185"/>
        <source>What did the shopper ask for, like or need?</source>
        <translation>O que o cliente pediu, gostou ou precisa?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="188"/>
        <source>Save note</source>
        <translation>Salvar nota</translation>
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
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="209"/>
        <location filename="../../clienteling/ui/profile.py" line="226"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="210"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="212"/>
        <source>Here</source>
        <translation>Aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="214"/>
        <source>In stock here</source>
        <translation>Em estoque aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="214"/>
        <source>Not here</source>
        <translation>Não há aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="217"/>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="221"/>
        <source>Wishlist</source>
        <translation>Lista de desejos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="227"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="228"/>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="235"/>
        <source>Placed</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="236"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="238"/>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="240"/>
        <source>Pick-up</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="240"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="248"/>
        <source>Open orders</source>
        <translation>Pedidos em aberto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="265"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="281"/>
        <source>This shopper is no longer on this terminal.</source>
        <translation>Este cliente não está mais neste terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="299"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="300"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="301"/>
        <source>Profiling</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="306"/>
        <source>Consent given</source>
        <translation>Consentimento dado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="306"/>
        <source>No consent</source>
        <translation>Sem consentimento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="313"/>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="328"/>
        <source>Suggestions</source>
        <translation>Sugestões</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="342"/>
        <source>Size: {category}</source>
        <translation>Tamanho: {category}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="346"/>
        <source>Fit</source>
        <translation>Caimento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="347"/>
        <source>Brands</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="348"/>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="349"/>
        <source>Styles</source>
        <translation>Estilos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="355"/>
        <source>No sizes or preferences recorded yet.</source>
        <translation>Nenhum tamanho ou preferência registrado ainda.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="359"/>
        <source>Refused by HQ: {why}</source>
        <translation>Recusada pela central: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="361"/>
        <source>Waiting to send</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="362"/>
        <source>Saved</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="371"/>
        <source>Write the note first.</source>
        <translation>Escreva a nota primeiro.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="389"/>
        <source>Note saved.</source>
        <translation>Nota salva.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="393"/>
        <source>Note saved on this terminal; it is sent to HQ when the connection is back.</source>
        <translation>Nota salva neste terminal; ela será enviada à central quando a conexão voltar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="401"/>
        <source>The note was not saved: {why}</source>
        <translation>A nota não foi salva: {why}</translation>
    </message>
</context>
<context>
    <name>ShopperModel</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="36"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="37"/>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="38"/>
        <source>Home store</source>
        <translation>Loja de origem</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="39"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="40"/>
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
        <location filename="../../clienteling/ui/status.py" line="31"/>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="46"/>
        <source>● Online</source>
        <translation>● Conectado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="47"/>
        <source>● Offline</source>
        <translation>● Sem conexão</translation>
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
        <translation>Última sincronização: {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="55"/>
        <source>Queued: {n}</source>
        <translation>Na fila: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="57"/>
        <source>Refused: {n}</source>
        <translation>Recusados: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="69"/>
        <source>{name} (signed in offline)</source>
        <translation>{name} (entrou sem conexão)</translation>
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
</context>
</TS>
