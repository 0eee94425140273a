<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActivityTables</name>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="142"/>
        <source>Trainee</source>
        <translation>Treinando</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="147"/>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="155"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="159"/>
        <source>Hints</source>
        <translation>Dicas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="163"/>
        <source>Mistakes</source>
        <translation>Erros</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="167"/>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="47"/>
        <source>Associate</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="98"/>
        <location filename="../../clienteling/ui/activity_tables.py" line="213"/>
        <source>Shopper</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="102"/>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="106"/>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="110"/>
        <source>Last served</source>
        <translation>Último atendimento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="114"/>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="118"/>
        <source>Lifetime value</source>
        <translation>Valor total</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="122"/>
        <source>May be contacted by</source>
        <translation>Pode ser contatado por</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="205"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="209"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="217"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="221"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="229"/>
        <source>Loading the records…</source>
        <translation>Carregando os registros…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="237"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="289"/>
        <source>No records behind this number.</source>
        <translation>Nenhum registro por trás deste número.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="292"/>
        <source>{n} records; tap one to open its shopper or order.</source>
        <translation>{n} registros; toque num para abrir o cliente ou o pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="300"/>
        <source>The records could not be loaded: {why}</source>
        <translation>Não foi possível carregar os registros: {why}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
</context>
<context>
    <name>AlternativesModel</name>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="260"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="261"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="262"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="263"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="264"/>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="267"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="272"/>
        <source>Same item, other store</source>
        <translation>Mesmo item, outra loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="273"/>
        <source>Other size or colour</source>
        <translation>Outro tamanho ou cor</translation>
    </message>
</context>
<context>
    <name>AlternativesPanel</name>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="39"/>
        <source>Order this instead</source>
        <translation>Pedir este no lugar</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="37"/>
        <source>Scan with camera</source>
        <translation>Ler com a câmera</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="41"/>
        <source>Hold the code in front of the camera.</source>
        <translation>Segure o código diante da câmera.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="42"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="126"/>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="167"/>
        <source>The app may not use the camera. Allow it in the system settings, or scan with a handheld scanner.</source>
        <translation>O app não tem permissão para usar a câmera. Permita nas configurações do sistema ou leia com um leitor de mão.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="212"/>
        <source>No camera found. Connect one, or scan with a handheld scanner or from an image.</source>
        <translation>Nenhuma câmera encontrada. Conecte uma ou leia com um leitor de mão ou a partir de uma imagem.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="234"/>
        <source>The camera stopped: %1</source>
        <translation>A câmera parou: %1</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="116"/>
        <source>Hint</source>
        <translation>Dica</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="230"/>
        <source>Preparing the practice store for “{title}”</source>
        <translation>Preparando a loja de treino para “{title}”</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="248"/>
        <source>The practice store was reset, so “{title}” stopped. Start it again to practise it.</source>
        <translation>A loja de treino foi restaurada, então “{title}” parou. Comece de novo para praticar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="349"/>
        <source>Right: {why}</source>
        <translation>Certo: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="384"/>
        <source>Hide the coach</source>
        <translation>Ocultar o guia</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="384"/>
        <source>Show the coach</source>
        <translation>Mostrar o guia</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="390"/>
        <source>Preparing the practice store for “{title}”…</source>
        <translation>Preparando a loja de treino para “{title}”…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="398"/>
        <source>Guided scenarios</source>
        <translation>Cenários guiados</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="402"/>
        <source>Pick a scenario to practise.</source>
        <translation>Escolha um cenário para praticar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="404"/>
        <source>Sign in to pick a scenario to practise.</source>
        <translation>Entre para escolher um cenário para praticar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="416"/>
        <source>Scenario: {title}</source>
        <translation>Cenário: {title}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="444"/>
        <source>Sign in to go on with this scenario.</source>
        <translation>Entre para continuar este cenário.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="447"/>
        <source>Step {n} of {total}: {step}</source>
        <translation>Passo {n} de {total}: {step}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="470"/>
        <source>Finished.</source>
        <translation>Concluído.</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="47"/>
        <location filename="../../clienteling/ui/home_day.py" line="65"/>
        <location filename="../../clienteling/ui/home_day.py" line="73"/>
        <source>Shopper</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="48"/>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="50"/>
        <source>Opened</source>
        <translation>Aberto em</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="60"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="66"/>
        <location filename="../../clienteling/ui/home_day.py" line="174"/>
        <source>Follow-up</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="74"/>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="72"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="83"/>
        <source>Shoppers you open on this terminal show here, newest first. Search above or scan a loyalty card to open one.</source>
        <translation>Os clientes que você abrir neste terminal aparecem aqui, os mais recentes primeiro. Pesquise acima ou leia um cartão fidelidade para abrir um.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="93"/>
        <source>Nothing due today. Follow-ups you add on a shopper&apos;s profile show here on the day they are due.</source>
        <translation>Nada para hoje. Os retornos que você adicionar no perfil de um cliente aparecem aqui no dia do prazo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="103"/>
        <source>HQ has everything you saved. Notes, edits and orders that wait for the connection, or that HQ refused, show here.</source>
        <translation>A central tem tudo o que você salvou. Notas, alterações e pedidos que aguardam a conexão, ou que a central recusou, aparecem aqui.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="116"/>
        <source>Your recent shoppers</source>
        <translation>Seus clientes recentes</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="117"/>
        <source>Follow-ups due</source>
        <translation>Retornos do dia</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="118"/>
        <source>Not yet at HQ</source>
        <translation>Ainda não na central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="162"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="166"/>
        <source>Refused by HQ: {why}</source>
        <translation>Recusado pela central: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="168"/>
        <source>Set aside, not sent</source>
        <translation>Deixado de lado, não enviado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="169"/>
        <source>Waiting to send</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="173"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="175"/>
        <source>Follow-up done</source>
        <translation>Retorno concluído</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="176"/>
        <location filename="../../clienteling/ui/home_day.py" line="177"/>
        <source>Sizes and preferences</source>
        <translation>Tamanhos e preferências</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="178"/>
        <source>Wishlist item</source>
        <translation>Item da lista de desejos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="179"/>
        <source>Wishlist removal</source>
        <translation>Remoção da lista de desejos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="180"/>
        <source>Training result</source>
        <translation>Resultado de treinamento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="181"/>
        <source>Rating</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="182"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="183"/>
        <source>Order change</source>
        <translation>Alteração de pedido</translation>
    </message>
</context>
<context>
    <name>DoctorTexts</name>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="17"/>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="18"/>
        <source>Keyring</source>
        <translation>Chaveiro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="19"/>
        <source>Offline cache</source>
        <translation>Cache offline</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="20"/>
        <source>Cache files kept aside</source>
        <translation>Arquivos de cache guardados à parte</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="21"/>
        <source>Disk space</source>
        <translation>Espaço em disco</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="22"/>
        <source>HQ</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="23"/>
        <source>Secure connection</source>
        <translation>Conexão segura</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="24"/>
        <source>Clock</source>
        <translation>Relógio</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="25"/>
        <source>Queued writes</source>
        <translation>Registros na fila</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="26"/>
        <source>Scanner settings</source>
        <translation>Configuração do leitor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="27"/>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="28"/>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="33"/>
        <source>App {app}, protocol {protocol}, cache schema {cache_schema}.</source>
        <translation>App {app}, protocolo {protocol}, esquema do cache {cache_schema}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="34"/>
        <source>Secrets are kept in a secure keyring ({backend}).</source>
        <translation>Os segredos ficam em um chaveiro seguro ({backend}).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="36"/>
        <source>Training keeps its secrets in memory: no secure keyring here. Fine for practice.</source>
        <translation>O treinamento guarda seus segredos na memória: não há chaveiro seguro aqui. Serve para praticar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="39"/>
        <source>The keyring ({backend}) does not protect secrets. Install gnome-keyring and run the app in a desktop session (see the README, &apos;Kiosk terminals&apos;).</source>
        <translation>O chaveiro ({backend}) não protege segredos. Instale o gnome-keyring e rode o app em uma sessão de desktop (veja o README, &apos;Kiosk terminals&apos;).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="43"/>
        <source>The keyring cannot be used: {why}. Unlock or install it, then start again.</source>
        <translation>O chaveiro não pode ser usado: {why}. Desbloqueie-o ou instale-o e comece de novo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="45"/>
        <source>Encrypted, every page checked, {megabytes} MB.</source>
        <translation>Criptografado, todas as páginas verificadas, {megabytes} MB.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="47"/>
        <source>No offline cache yet. Sign in once while HQ is reachable to make it.</source>
        <translation>Ainda não há cache offline. Entre uma vez com a central acessível para criá-lo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="49"/>
        <source>Not checked: the keyring could not be opened.</source>
        <translation>Não verificado: o chaveiro não pôde ser aberto.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="51"/>
        <source>The cache&apos;s key is not in the keyring. Enroll the terminal again; queued orders in the old file are kept aside (docs/offline.md).</source>
        <translation>A chave do cache não está no chaveiro. Cadastre o terminal de novo; os pedidos na fila do arquivo antigo ficam guardados à parte (docs/offline.md).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="55"/>
        <source>The cache does not open with the key in the keyring. Start the app: it keeps the file aside and syncs a new copy from HQ (docs/offline.md).</source>
        <translation>O cache não abre com a chave do chaveiro. Abra o app: ele guarda o arquivo à parte e sincroniza uma cópia nova da central (docs/offline.md).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="59"/>
        <source>{files} cache file(s) kept aside, the newest {newest}: their key was lost or they were damaged, and orders queued in them were not sent. With the old key from a keyring backup they can be read (docs/offline.md).</source>
        <translation>{files} arquivo(s) de cache guardado(s) à parte, o mais recente {newest}: a chave foi perdida ou estavam danificados, e os pedidos na fila deles não foram enviados. Com a chave antiga de um backup do chaveiro eles podem ser lidos (docs/offline.md).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="64"/>
        <source>The cache is damaged. Close the app and start it again: it syncs a new copy from HQ. If this repeats, check the disk.</source>
        <translation>O cache está danificado. Feche o app e abra de novo: ele sincroniza uma nova cópia da central. Se acontecer de novo, verifique o disco.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="68"/>
        <source>The cache file is not encrypted. Delete it with the app closed and sync again.</source>
        <translation>O arquivo do cache não está criptografado. Apague-o com o app fechado e sincronize de novo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="71"/>
        <source>The cache was written by a newer Clienteling. Install the newer version.</source>
        <translation>O cache foi gravado por um Clienteling mais novo. Instale a versão mais nova.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="73"/>
        <source>Not checked: the cache could not be read.</source>
        <translation>Não verificado: o cache não pôde ser lido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="74"/>
        <source>{free} free.</source>
        <translation>{free} livres.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="75"/>
        <source>Only {free} free. Free some space soon.</source>
        <translation>Só {free} livres. Libere espaço em breve.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="77"/>
        <source>Only {free} free: syncing and queued orders may fail. Free space now.</source>
        <translation>Só {free} livres: a sincronização e os pedidos na fila podem falhar. Libere espaço agora.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="79"/>
        <source>Not checked: this terminal is not enrolled yet.</source>
        <translation>Não verificado: este terminal ainda não foi cadastrado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="80"/>
        <source>HQ answers in {round_trip_ms} ms (HQ version {hq_version}).</source>
        <translation>A central responde em {round_trip_ms} ms (versão da central {hq_version}).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="82"/>
        <source>HQ cannot be reached. Check the store&apos;s network; orders wait in the outbox.</source>
        <translation>A central não responde. Verifique a rede da loja; os pedidos esperam na fila de envio.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="84"/>
        <source>HQ answers with an error. Tell HQ support; orders wait.</source>
        <translation>A central responde com erro. Avise o suporte da central; os pedidos esperam.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="85"/>
        <source>HQ&apos;s certificate is valid.</source>
        <translation>O certificado da central é válido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="86"/>
        <source>Plain connection to an HQ on this machine (allowed only there).</source>
        <translation>Conexão simples com uma central nesta máquina (permitida só nela).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="88"/>
        <source>HQ&apos;s certificate was refused. Check the terminal&apos;s date and time, then tell HQ support.</source>
        <translation>O certificado da central foi recusado. Confira a data e a hora do terminal e avise o suporte da central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="91"/>
        <source>In step with HQ ({skew_seconds} s).</source>
        <translation>Em sincronia com a central ({skew_seconds} s).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="93"/>
        <source>This terminal&apos;s clock is {skew_seconds} s off HQ&apos;s. Set the date and time automatically (network time).</source>
        <translation>O relógio deste terminal está {skew_seconds} s diferente do da central. Ajuste a data e a hora automaticamente (horário da rede).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="96"/>
        <source>HQ did not say its time.</source>
        <translation>A central não informou a hora.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="97"/>
        <source>{queued} waiting for HQ, none set aside.</source>
        <translation>{queued} aguardando a central, nenhum deixado de lado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="99"/>
        <source>{parked} set aside by HQ. A manager reviews them on the manager&apos;s screen.</source>
        <translation>{parked} deixados de lado pela central. Um gerente os revisa na tela do gerente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="102"/>
        <source>{queued} waiting for HQ, the oldest for {oldest_queued_hours} h. Check the network.</source>
        <translation>{queued} aguardando a central, o mais antigo há {oldest_queued_hours} h. Verifique a rede.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="105"/>
        <source>Usable.</source>
        <translation>Utilizável.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="107"/>
        <source>Not usable ({why}); the standard settings are used. A manager sets the scanner up again on the manager&apos;s screen.</source>
        <translation>Não utilizável ({why}); usa-se a configuração padrão. Um gerente configura o leitor de novo na tela do gerente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="110"/>
        <source>Cameras found: {count}.</source>
        <translation>Câmeras encontradas: {count}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="112"/>
        <source>No camera found. Scan with the scanner or type instead; connect a camera to scan with it.</source>
        <translation>Nenhuma câmera encontrada. Use o leitor ou digite; conecte uma câmera para ler com ela.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="115"/>
        <source>Printer: {name}.</source>
        <translation>Impressora: {name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="117"/>
        <source>No printer set up. Slips can still be shown on screen or saved as PDF.</source>
        <translation>Nenhuma impressora configurada. Os comprovantes ainda podem ser mostrados na tela ou salvos em PDF.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="131"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="132"/>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="133"/>
        <source>Fix</source>
        <translation>Corrigir</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="134"/>
        <source>Not checked</source>
        <translation>Não verificado</translation>
    </message>
</context>
<context>
    <name>EnrollScreen</name>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="66"/>
        <source>Clienteling: enroll this terminal</source>
        <translation>Clienteling: cadastrar este terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="70"/>
        <source>Enroll this terminal</source>
        <translation>Cadastrar este terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="74"/>
        <source>Type the HQ address and the one-time code your manager gave you. The terminal then copies this store&apos;s data; it takes a few minutes.</source>
        <translation>Digite o endereço da central e o código de uso único que seu gerente lhe deu. Depois, o terminal copia os dados desta loja; isso leva alguns minutos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="82"/>
        <source>e.g. https://hq.example.com</source>
        <translation>ex.: https://hq.example.com</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="83"/>
        <location filename="../../clienteling/ui/enroll.py" line="100"/>
        <source>HQ address</source>
        <translation>Endereço da central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="87"/>
        <location filename="../../clienteling/ui/enroll.py" line="102"/>
        <source>One-time code</source>
        <translation>Código de uso único</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="92"/>
        <location filename="../../clienteling/ui/enroll.py" line="104"/>
        <source>Terminal name</source>
        <translation>Nome do terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="105"/>
        <source>Enroll</source>
        <translation>Cadastrar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="146"/>
        <source>That is not an enrollment code. Scan the code HQ printed for this terminal.</source>
        <translation>Este não é um código de cadastro. Leia o código que a central imprimiu para este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="170"/>
        <source>A code has no {chars}: letters A–Z without I and O, digits 2–9.</source>
        <translation>Um código não tem {chars}: letras de A a Z sem I e O, dígitos de 2 a 9.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="173"/>
        <source>A code has 16 characters, like ABCD-EFGH-JKLM-NPQR.</source>
        <translation>Um código tem 16 caracteres, como ABCD-EFGH-JKLM-NPQR.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="185"/>
        <source>Type an address like https://hq.example.com</source>
        <translation>Digite um endereço como https://hq.example.com</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="215"/>
        <source>Enrolling this terminal with HQ…</source>
        <translation>Cadastrando este terminal na central…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="220"/>
        <source>terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="228"/>
        <source>Enrolled for {store}.</source>
        <translation>Cadastrado para {store}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="234"/>
        <source>This terminal was not enrolled: {why}</source>
        <translation>Este terminal não foi cadastrado: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="109"/>
        <location filename="../../clienteling/ui/enroll.py" line="195"/>
        <source>Type HQ&apos;s address to enroll.</source>
        <translation>Digite o endereço da central para cadastrar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="197"/>
        <source>Correct the code to enroll.</source>
        <translation>Corrija o código para cadastrar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="200"/>
        <source>Type all {n} letters of the code to enroll.</source>
        <translation>Digite as {n} letras do código para cadastrar.</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="86"/>
        <source>Employee id</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="89"/>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="93"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="92"/>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="78"/>
        <source>Leave kiosk mode</source>
        <translation>Sair do modo quiosque</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="81"/>
        <source>A manager&apos;s PIN is needed to close the app.</source>
        <translation>É preciso o PIN de um gerente para fechar o app.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="102"/>
        <source>Close the app</source>
        <translation>Fechar o app</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="103"/>
        <source>Stay</source>
        <translation>Ficar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="115"/>
        <source>This terminal is not set up yet, so no PIN can be checked. Finish enrolling it, or stop the app from the device&apos;s management (see docs/kiosk.md).</source>
        <translation>Este terminal ainda não foi configurado, então nenhum PIN pode ser verificado. Termine o cadastro dele ou pare o app pelo gerenciamento do dispositivo (veja docs/kiosk.md).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="122"/>
        <source>Type the manager&apos;s employee id and PIN.</source>
        <translation>Digite a matrícula e o PIN do gerente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="147"/>
        <source>That PIN did not let you out: {reason}</source>
        <translation>Esse PIN não permitiu sair: {reason}</translation>
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
        <location filename="../../clienteling/ui/startup.py" line="73"/>
        <source>This terminal&apos;s data could not be opened (its key was lost or the file is damaged). It was kept aside, not deleted, and the store&apos;s data is brought again from HQ. Tell IT support: orders queued in it may still be recovered.</source>
        <translation>Não foi possível abrir os dados deste terminal (a chave foi perdida ou o arquivo está danificado). Eles foram guardados à parte, não apagados, e os dados da loja vêm de novo da central. Avise a TI: pedidos na fila desse arquivo ainda podem ser recuperados.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="80"/>
        <source>Continue in the background</source>
        <translation>Continuar em segundo plano</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="107"/>
        <source>Syncing {collection}</source>
        <translation>Sincronizando {collection}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="112"/>
        <source>{rows} rows, {rate} rows/s</source>
        <translation>{rows} linhas, {rate} linhas/s</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="116"/>
        <source>about {s} s left</source>
        <translation>faltam cerca de {s} s</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message numerus="yes">
        <location filename="../../clienteling/ui/formats.py" line="193"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clienteling/ui/formats.py" line="190"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clienteling/ui/formats.py" line="187"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="236"/>
        <source>Item {sku} (not in the catalog here)</source>
        <translation>Item {sku} (fora do catálogo deste terminal)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="121"/>
        <source>Refund {amount}</source>
        <translation>Reembolso {amount}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="246"/>
        <source>Returned: {item}</source>
        <translation>Devolvido: {item}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="260"/>
        <source>{item} · SKU {sku}</source>
        <translation>{item} · SKU {sku}</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <location filename="../../clienteling/ui/freshness.py" line="22"/>
        <source>as of {age} (this terminal&apos;s copy)</source>
        <translation>atualizado {age} (cópia deste terminal)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/freshness.py" line="16"/>
        <source>confirmed at HQ just now</source>
        <translation>confirmado pela central agora mesmo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/freshness.py" line="18"/>
        <source>confirmed at HQ {age}</source>
        <translation>confirmado pela central {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/freshness.py" line="25"/>
        <source>not synced on this terminal yet</source>
        <translation>ainda não sincronizado neste terminal</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="98"/>
        <source>{item}: {n} available here (SKU {sku})</source>
        <translation>{item}: {n} disponíveis aqui (SKU {sku})</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location filename="../../clienteling/ui/idle.py" line="133"/>
        <source>Locked after {minutes} min without use; sign in to carry on.</source>
        <translation>Bloqueado após {minutes} min sem uso; entre para continuar.</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="70"/>
        <source>Find a shopper</source>
        <translation>Encontrar um cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="75"/>
        <source>Name, phone, e-mail or loyalty number</source>
        <translation>Nome, telefone, e-mail ou número de fidelidade</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="76"/>
        <location filename="../../clienteling/ui/lookup.py" line="80"/>
        <source>Search shoppers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="112"/>
        <source>Products and stock</source>
        <translation>Produtos e estoque</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="115"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="118"/>
        <source>Scan with camera</source>
        <translation>Ler com a câmera</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="120"/>
        <source>Or paste a picture of a code (Ctrl+V), or drop an image file on the window</source>
        <translation>Ou cole a imagem de um código (Ctrl+V), ou solte um arquivo de imagem na janela</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="175"/>
        <source>Hello, {name}. Find a shopper</source>
        <translation>Olá, {name}. Encontre um cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="204"/>
        <source>Type a name, the last digits of a phone, an e-mail or scan a loyalty card.</source>
        <translation>Digite um nome, os últimos dígitos de um telefone, um e-mail ou leia um cartão fidelidade.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="211"/>
        <source>Enter opens the first shopper.</source>
        <translation>Enter abre o primeiro cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="214"/>
        <source>No shopper on this terminal matches “{query}”.</source>
        <translation>Nenhum cliente neste terminal corresponde a “{query}”.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="228"/>
        <source>The search did not work: {why}</source>
        <translation>A busca não funcionou: {why}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="326"/>
        <source>Clienteling — TRAINING</source>
        <translation>Clienteling — TREINAMENTO</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="71"/>
        <source>Clienteling</source>
        <translation>Clienteling</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="283"/>
        <source>✓ HQ confirmed order {order}</source>
        <translation>✓ A central confirmou o pedido {order}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="286"/>
        <source>HQ refused order {order}: see Orders (Ctrl+O)</source>
        <translation>A central recusou o pedido {order}: veja Pedidos (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/window_roles.py" line="135"/>
        <source>The scanner settings could not be saved: {why}</source>
        <translation>Não foi possível salvar as configurações do leitor: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="332"/>
        <source>Enrolling this terminal with HQ</source>
        <translation>Registrando este terminal na central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="334"/>
        <source>Preparing the training chain: {stage}</source>
        <translation>Preparando a rede de treinamento: {stage}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="356"/>
        <source>Checking this terminal&apos;s data</source>
        <translation>Verificando os dados deste terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="394"/>
        <source>The first sync did not finish: HQ cannot be reached. Check the network and start the app again; nothing was lost.</source>
        <translation>A primeira sincronização não terminou: a central não responde. Verifique a rede e abra o aplicativo de novo; nada foi perdido.</translation>
    </message>
</context>
<context>
    <name>Manager</name>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="45"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="46"/>
        <location filename="../../clienteling/ui/manager.py" line="47"/>
        <source>Profile change</source>
        <translation>Alteração no perfil</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="48"/>
        <source>Wishlist item</source>
        <translation>Item da lista de desejos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="49"/>
        <source>Wishlist item removed</source>
        <translation>Item removido da lista de desejos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="50"/>
        <source>Training result</source>
        <translation>Resultado de treinamento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="51"/>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="52"/>
        <source>Follow-up done</source>
        <translation>Acompanhamento concluído</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="53"/>
        <source>Visit rating</source>
        <translation>Avaliação da visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="54"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="55"/>
        <source>Order change</source>
        <translation>Alteração de pedido</translation>
    </message>
</context>
<context>
    <name>ManagerScreen</name>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="133"/>
        <source>The store&apos;s terminals</source>
        <translation>Os terminais da loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="85"/>
        <source>Exit…</source>
        <translation>Sair…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="279"/>
        <source>{version} (update it)</source>
        <translation>{version} (atualize)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="75"/>
        <source>← Back</source>
        <translation>← Voltar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="78"/>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="79"/>
        <source>Scanner settings…</source>
        <translation>Configurações do leitor…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="81"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="97"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="98"/>
        <source>Enrolled</source>
        <translation>Cadastrado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="121"/>
        <location filename="../../clienteling/ui/manager.py" line="220"/>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="122"/>
        <source>Revoked</source>
        <translation>Revogado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="122"/>
        <source>In use</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="136"/>
        <source>Revoke terminal…</source>
        <translation>Revogar terminal…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="366"/>
        <source>A revoked terminal stops working at its next contact with HQ and must be enrolled again with a new code.</source>
        <translation>Um terminal revogado para de funcionar no próximo contato com a central e precisa ser cadastrado de novo com um novo código.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="162"/>
        <source>Terminals</source>
        <translation>Terminais</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="170"/>
        <source>Erase shopper…</source>
        <translation>Apagar cliente…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="176"/>
        <source>Erasure removes the shopper and everything about them (purchases, notes, preferences, orders) at HQ and on every terminal. It cannot be undone.</source>
        <translation>Apagar remove o cliente e tudo sobre ele (compras, notas, preferências, pedidos) na central e em todos os terminais. Não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="187"/>
        <source>Erase a shopper</source>
        <translation>Apagar um cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="192"/>
        <source>Associate</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="193"/>
        <source>Employee id</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="194"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="199"/>
        <source>Unlock offline sign-in</source>
        <translation>Desbloquear entrada sem conexão</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="211"/>
        <source>Offline sign-in locks</source>
        <translation>Entradas sem conexão bloqueadas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="216"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="217"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="218"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="219"/>
        <source>Shopper</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="231"/>
        <source>Refused and set aside</source>
        <translation>Recusados e deixados de lado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="256"/>
        <source>{name} (this terminal)</source>
        <translation>{name} (este terminal)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="284"/>
        <source>Refused by HQ: {why}</source>
        <translation>Recusado pela central: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="285"/>
        <source>Set aside on this terminal; never sent</source>
        <translation>Deixado de lado neste terminal; nunca enviado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="320"/>
        <source>Nobody&apos;s offline sign-in is locked on this terminal.</source>
        <translation>Nenhuma entrada sem conexão está bloqueada neste terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="322"/>
        <source>Locked after too many wrong PINs while HQ could not be reached:</source>
        <translation>Bloqueados após muitos PINs errados enquanto a central estava fora de alcance:</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="342"/>
        <source>The terminals could not be listed: {why}</source>
        <translation>Não foi possível listar os terminais: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="358"/>
        <source>Choose a terminal to revoke.</source>
        <translation>Escolha um terminal para revogar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="360"/>
        <source>This terminal is already revoked.</source>
        <translation>Este terminal já está revogado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="362"/>
        <source>This is the terminal you are using: revoke it from another one.</source>
        <translation>Este é o terminal que você está usando: revogue-o a partir de outro.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="378"/>
        <source>Revoke {name}?</source>
        <translation>Revogar {name}?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="380"/>
        <source>It stops working at its next contact with HQ; whoever is signed in there is signed out. It must be enrolled again with a new code.</source>
        <translation>Ele para de funcionar no próximo contato com a central; quem estiver conectado nele sai. Precisa ser cadastrado de novo com um novo código.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="383"/>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="394"/>
        <source>{name} is revoked.</source>
        <translation>{name} foi revogado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="408"/>
        <source>Open the shopper&apos;s profile first (search by name or phone, or scan their QR), then come back here to erase them.</source>
        <translation>Abra primeiro o perfil do cliente (busque pelo nome ou telefone, ou leia o QR dele) e volte aqui para apagá-lo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="425"/>
        <source>The shopper being served: {name}</source>
        <translation>Cliente em atendimento: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="437"/>
        <source>{name} and everything about them are removed at HQ and on every terminal. This cannot be undone.</source>
        <translation>{name} e tudo sobre ele são removidos na central e em todos os terminais. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="435"/>
        <source>Erase {name}?</source>
        <translation>Apagar {name}?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="440"/>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="452"/>
        <source>{name} was erased.</source>
        <translation>{name} foi apagado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="470"/>
        <source>{name} can sign in offline on this terminal again.</source>
        <translation>{name} pode entrar sem conexão neste terminal de novo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="484"/>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="329"/>
        <source>HQ refused nothing written on this terminal, and nothing was set aside.</source>
        <translation>A central não recusou nada escrito neste terminal, e nada foi deixado de lado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="331"/>
        <source>Writes HQ refused, with its reason, and writes set aside here:</source>
        <translation>Registros que a central recusou, com o motivo, e registros deixados de lado aqui:</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="93"/>
        <source>Store activity</source>
        <translation>Atividade da loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="100"/>
        <source>Last contact</source>
        <translation>Último contato</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="104"/>
        <source>App version</source>
        <translation>Versão do app</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="108"/>
        <source>Last sync</source>
        <translation>Última sincronização</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="109"/>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="111"/>
        <source>Refused</source>
        <translation>Recusados</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="116"/>
        <location filename="../../clienteling/ui/manager.py" line="272"/>
        <source>Online</source>
        <translation>On-line</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="147"/>
        <source>Each terminal tells HQ its app version, last sync and how many writes wait for HQ or were refused; HQ&apos;s figures may be a few minutes old. Online: HQ heard from it in the last few minutes. Terminals with an older release do not tell: not reported. This terminal&apos;s are its own.</source>
        <translation>Cada terminal informa à central a versão do app, a última sincronização e quantos registros aguardam a central ou foram recusados; os números da central podem ter alguns minutos. On-line: a central teve notícias dele nos últimos minutos. Terminais com uma versão mais antiga não informam: não informado. Os deste terminal são dele mesmo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="261"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="263"/>
        <location filename="../../clienteling/ui/manager.py" line="271"/>
        <location filename="../../clienteling/ui/manager.py" line="277"/>
        <source>not reported</source>
        <translation>não informado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="272"/>
        <source>Offline</source>
        <translation>Off-line</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="159"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>NoMatchOffer</name>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="39"/>
        <source>Search all stores at HQ</source>
        <translation>Buscar em todas as lojas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="41"/>
        <source>Sign-up QR</source>
        <translation>QR de cadastro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="59"/>
        <source>Not on this terminal? Search every store at HQ, or sign the shopper up.</source>
        <translation>Não está neste terminal? Busque em todas as lojas na central ou cadastre o cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="62"/>
        <source>Offline: only this terminal&apos;s shoppers can be searched. A new shopper can sign up with the QR code.</source>
        <translation>Offline: só os clientes deste terminal podem ser buscados. Um cliente novo pode se cadastrar com o QR code.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="75"/>
        <source>Searching every store at HQ…</source>
        <translation>Buscando em todas as lojas na central…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="91"/>
        <source>HQ cannot be reached now: only this terminal&apos;s shoppers were searched.</source>
        <translation>Não é possível falar com a central agora: só os clientes deste terminal foram buscados.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="95"/>
        <source>No shopper matches “{query}” at HQ either.</source>
        <translation>Nenhum cliente corresponde a “{query}” na central também.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="101"/>
        <source>Found at HQ. A shopper you open is kept on this terminal from then on.</source>
        <translation>Encontrado na central. O cliente que você abrir fica neste terminal a partir de agora.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="106"/>
        <source>HQ&apos;s search did not work: {why}</source>
        <translation>A busca da central não funcionou: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="114"/>
        <source>Opening from HQ…</source>
        <translation>Abrindo da central…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="121"/>
        <source>The shopper could not be opened from HQ: {why}</source>
        <translation>Não foi possível abrir o cliente pela central: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="130"/>
        <source>HQ cannot be reached now: the shopper could not be opened from HQ.</source>
        <translation>Não é possível falar com a central agora: o cliente não pôde ser aberto pela central.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="136"/>
        <source>Offline: HQ cannot be reached. Search, profiles and the stock last synced still work. Notes and orders are saved on this terminal and sent when the connection is back.</source>
        <translation>Sem conexão: a central não responde. Busca, perfis e o estoque da última sincronização continuam funcionando. Notas e pedidos ficam salvos neste terminal e são enviados quando a conexão voltar.</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="118"/>
        <source>This store does not ship to the shopper&apos;s home (switched off at HQ).</source>
        <translation>Esta loja não envia para a casa do cliente (desativado na matriz).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="69"/>
        <location filename="../../clienteling/ui/order_form.py" line="79"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="70"/>
        <location filename="../../clienteling/ui/order_form.py" line="80"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="71"/>
        <location filename="../../clienteling/ui/order_form.py" line="81"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="74"/>
        <location filename="../../clienteling/ui/order_form.py" line="87"/>
        <source>Send from</source>
        <translation>Enviar de</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="103"/>
        <source>Ship to the shopper</source>
        <translation>Entregar ao cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="104"/>
        <source>Pick up in a store</source>
        <translation>Retirar em uma loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="158"/>
        <location filename="../../clienteling/ui/order_form.py" line="161"/>
        <source>Pick-up store</source>
        <translation>Loja de retirada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="236"/>
        <source>{size} ({n} here)</source>
        <translation>{size} ({n} aqui)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="261"/>
        <source>{store} — {n} available</source>
        <translation>{store} — {n} disponíveis</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="260"/>
        <source>(suggested)</source>
        <translation>(sugerida)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="265"/>
        <source>Any store (HQ picks the nearest with stock)</source>
        <translation>Qualquer loja (a central escolhe a mais próxima com estoque)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="274"/>
        <source>No store shows {n} available for this size and colour. HQ will answer with what it can offer.</source>
        <translation>Nenhuma loja mostra {n} disponíveis neste tamanho e cor. A central responderá com o que pode oferecer.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="300"/>
        <source>Stock figures {fresh}; HQ checks them again on the order.</source>
        <translation>Estoque: {fresh}; a central confere de novo ao receber o pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="304"/>
        <source>Stock figures {fresh}; HQ did not answer and checks them on the order.</source>
        <translation>Estoque: {fresh}; a central não respondeu e confere ao receber o pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="321"/>
        <source>This colour does not come in this size.</source>
        <translation>Esta cor não existe neste tamanho.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="361"/>
        <source>Needed for the delivery.</source>
        <translation>Necessário para a entrega.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="362"/>
        <source>Too long; shorten it.</source>
        <translation>Longo demais; encurte.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="363"/>
        <source>Use the two-letter country code, e.g. BR, ES, PT.</source>
        <translation>Use o código do país com duas letras, ex.: BR, ES, PT.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="224"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="131"/>
        <source>Street and number</source>
        <translation>Rua e número</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="132"/>
        <source>Apartment, floor (optional)</source>
        <translation>Apartamento, andar (opcional)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="133"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="134"/>
        <source>Postcode</source>
        <translation>CEP</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="135"/>
        <source>Region (optional)</source>
        <translation>Estado (opcional)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="136"/>
        <source>Country (two letters)</source>
        <translation>País (duas letras)</translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <location filename="../../clienteling/ui/order.py" line="484"/>
        <source>TRAINING · not a real order</source>
        <translation>TREINAMENTO · não é um pedido real</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="425"/>
        <source>HQ refused the order: {why}.</source>
        <translation>A central recusou o pedido: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="71"/>
        <source>← Back</source>
        <translation>← Voltar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="74"/>
        <location filename="../../clienteling/ui/order.py" line="257"/>
        <source>Order for delivery</source>
        <translation>Pedido para entrega</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="100"/>
        <source>Place order</source>
        <translation>Fazer pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="172"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="191"/>
        <source>This shopper or item is not on this terminal.</source>
        <translation>Este cliente ou item não está neste terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="197"/>
        <source>For {name}</source>
        <translation>Para {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="225"/>
        <source>This shopper is no longer on this terminal (erased, or moved out of this store&apos;s list at HQ): no order can be placed for them. Go back and find the shopper again.</source>
        <translation>Este cliente não está mais neste terminal (apagado, ou fora da lista desta loja na central): nenhum pedido pode ser feito para ele. Volte e encontre o cliente de novo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="337"/>
        <source>Choose a colour and size that exist.</source>
        <translation>Escolha uma cor e um tamanho que existam.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="344"/>
        <source>Check the delivery address: the fields marked in red.</source>
        <translation>Confira o endereço de entrega: os campos marcados em vermelho.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="366"/>
        <location filename="../../clienteling/ui/order.py" line="444"/>
        <source>Placing the order…</source>
        <translation>Fazendo o pedido…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="378"/>
        <source>The order was not placed: {why}</source>
        <translation>O pedido não foi feito: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="395"/>
        <source>Confirmed by HQ: order {order}, reserved in {stores}.</source>
        <translation>Confirmado pela central: pedido {order}, reservado em {stores}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="407"/>
        <source>Queued — will be sent when HQ is back. Order {order} is saved on this terminal; the status bar tells you when HQ confirms it.</source>
        <translation>Na fila — será enviado quando a central voltar. O pedido {order} está salvo neste terminal; a barra de status avisa quando a central confirmar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="418"/>
        <source>HQ refused the order: {why}. Pick one of these instead:</source>
        <translation>A central recusou o pedido: {why}. Escolha uma destas opções:</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="431"/>
        <source>HQ refused the order: {why}. No other store or size has it; change the order or add the item to the wishlist.</source>
        <translation>A central recusou o pedido: {why}. Nenhuma outra loja ou tamanho tem o item; altere o pedido ou adicione o item à lista de desejos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="472"/>
        <source>Pick up at {store}</source>
        <translation>Retirar em {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="474"/>
        <source>Delivered to the shopper&apos;s address</source>
        <translation>Entrega no endereço do cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="481"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="482"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="483"/>
        <source>Scan to follow your order</source>
        <translation>Leia para acompanhar seu pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="492"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="83"/>
        <source>This colour does not come in this size.</source>
        <translation>Esta cor não existe neste tamanho.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="401"/>
        <source>Placed. Change the item or the delivery to place another order.</source>
        <translation>Pedido feito. Mude o item ou a entrega para fazer outro pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="413"/>
        <source>Saved on this terminal. Change the order to place another one.</source>
        <translation>Salvo neste terminal. Mude o pedido para fazer outro.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="95"/>
        <source>Review order</source>
        <translation>Revisar pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="98"/>
        <source>Change order</source>
        <translation>Alterar pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="257"/>
        <source>Order for pick-up</source>
        <translation>Pedido para retirada</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="51"/>
        <source>← Back</source>
        <translation>← Voltar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="54"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="55"/>
        <source>Today at this store</source>
        <translation>Hoje nesta loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="64"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="70"/>
        <source>Placed</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="71"/>
        <source>Shopper</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="73"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="77"/>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="78"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="80"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="97"/>
        <source>Order this alternative</source>
        <translation>Pedir esta alternativa</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="100"/>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="151"/>
        <source>Orders of {name}</source>
        <translation>Pedidos de {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="181"/>
        <source>No orders yet today at this store.</source>
        <translation>Nenhum pedido hoje nesta loja.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="183"/>
        <source>This shopper has no orders.</source>
        <translation>Este cliente não tem pedidos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="195"/>
        <source>Order {order} ({name}): {status}.</source>
        <translation>Pedido {order} ({name}): {status}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="233"/>
        <source>Choose an order to see what can be done next.</source>
        <translation>Escolha um pedido para ver o que fazer a seguir.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="235"/>
        <source>HQ refused it: {why}.</source>
        <translation>A central recusou: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="237"/>
        <source>Order one of the alternatives below, or cancel it.</source>
        <translation>Peça uma das alternativas abaixo ou cancele.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="239"/>
        <source>Nothing else is available; cancel it and tell the shopper.</source>
        <translation>Não há alternativa disponível; cancele e avise o cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="245"/>
        <source>Last try: {why}.</source>
        <translation>Última tentativa: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="253"/>
        <source>Saved on this terminal; it is sent when HQ can be reached.</source>
        <translation>Salvo neste terminal; será enviado quando a central estiver acessível.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="255"/>
        <source>You can still cancel it.</source>
        <translation>Ainda dá para cancelar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="261"/>
        <source>A cancellation is waiting to be sent to HQ.</source>
        <translation>Um cancelamento aguarda envio à central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="264"/>
        <source>Order {order}: {status}.</source>
        <translation>Pedido {order}: {status}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="290"/>
        <source>Placed again with the alternative: confirmed by HQ.</source>
        <translation>Refeito com a alternativa: confirmado pela central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="292"/>
        <source>Placed again with the alternative: queued for HQ.</source>
        <translation>Refeito com a alternativa: na fila para a central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="295"/>
        <source>HQ refused the alternative too: {why}</source>
        <translation>A central recusou a alternativa também: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="388"/>
        <source>Cancelled: it was never sent to HQ.</source>
        <translation>Cancelado: nunca foi enviado à central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="389"/>
        <source>Cancelled at HQ; the stock is released.</source>
        <translation>Cancelado na central; o estoque foi liberado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="390"/>
        <source>Cancellation saved; it is sent when HQ can be reached.</source>
        <translation>Cancelamento salvo; será enviado quando a central estiver acessível.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="399"/>
        <source>That did not work: {why}</source>
        <translation>Não deu certo: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="410"/>
        <source>Pick-up: {store}</source>
        <translation>Retirada: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="411"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="416"/>
        <source>nearest with stock</source>
        <translation>mais próxima com estoque</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="422"/>
        <source>cancelling</source>
        <translation>cancelando</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="241"/>
        <source>Cancel it and tell the shopper.</source>
        <translation>Cancele-o e avise o cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="111"/>
        <source>Yes, cancel it</source>
        <translation>Sim, cancelar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="114"/>
        <source>Keep the order</source>
        <translation>Manter o pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="121"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="311"/>
        <source>Cancel order {order} of {name}? The shopper will not get it.</source>
        <translation>Cancelar o pedido {order} de {name}? O cliente não vai recebê-lo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="351"/>
        <source>Kept: order {order} is not cancelled.</source>
        <translation>Mantido: o pedido {order} não foi cancelado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="366"/>
        <source>Order {order} is cancelled in {n} s.</source>
        <translation>O pedido {order} será cancelado em {n} s.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="47"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="55"/>
        <source>Delete last digit</source>
        <translation>Apagar último dígito</translation>
    </message>
</context>
<context>
    <name>PracticeCards</name>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="108"/>
        <source>TRAINING · not a real card</source>
        <translation>TREINAMENTO · não é um cartão real</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="109"/>
        <source>TRAINING · not for sale</source>
        <translation>TREINAMENTO · não está à venda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="110"/>
        <source>Loyalty card</source>
        <translation>Cartão fidelidade</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="111"/>
        <source>Practice shopper: scan at the till to open the profile</source>
        <translation>Cliente de prática: escaneie no caixa para abrir o perfil</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="114"/>
        <source>Colour {colour} · Size {size}</source>
        <translation>Cor {colour} · Tamanho {size}</translation>
    </message>
</context>
<context>
    <name>ProfileEdits</name>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="56"/>
        <source>This store does not record feedback (switched off at HQ).</source>
        <translation>Esta loja não registra avaliações (desativado na matriz).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="114"/>
        <source>Items matching what you type show here.</source>
        <translation>Os itens que correspondem ao que você digita aparecem aqui.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="65"/>
        <source>The wishlist is empty. Find an item below by name, SKU or barcode, then Add to wishlist.</source>
        <translation>A lista de desejos está vazia. Encontre um item abaixo pelo nome, SKU ou código de barras e toque em Adicionar à lista de desejos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="48"/>
        <source>No follow-ups for this shopper. Write what to do and when above, then Add follow-up; it shows on your home screen on the day.</source>
        <translation>Nenhum retorno para este cliente. Escreva acima o que fazer e quando e toque em Adicionar retorno; ele aparece na sua tela inicial no dia.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="29"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="212"/>
        <source>Refused by HQ: {why}</source>
        <translation>Recusado pela central: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="33"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="208"/>
        <source>Waiting to send</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="86"/>
        <source>HQ refused it: {why}</source>
        <translation>A central recusou: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="93"/>
        <source>Saved on this terminal; waiting to send to HQ.</source>
        <translation>Salvo neste terminal; aguardando envio à central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="98"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="107"/>
        <source>Not saved: {why}</source>
        <translation>Não salvo: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="108"/>
        <source>e.g. slim, regular, relaxed</source>
        <translation>ex.: justo, regular, amplo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="109"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="110"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="111"/>
        <source>Separate with commas</source>
        <translation>Separe com vírgulas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="41"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="116"/>
        <source>Fit</source>
        <translation>Caimento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="42"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="117"/>
        <source>Brands</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="43"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="118"/>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="44"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="119"/>
        <source>Styles</source>
        <translation>Estilos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="123"/>
        <source>Save sizes and preferences</source>
        <translation>Salvar tamanhos e preferências</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="37"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="177"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="185"/>
        <source>Size: {category}</source>
        <translation>Tamanho: {category}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="30"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="87"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="37"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="92"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="41"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="89"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="45"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="97"/>
        <source>Here</source>
        <translation>Aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="47"/>
        <source>In stock here</source>
        <translation>Em estoque aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="49"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="103"/>
        <source>Not here</source>
        <translation>Não tem aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="53"/>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="40"/>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="73"/>
        <source>Remove from wishlist</source>
        <translation>Remover da lista de desejos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="79"/>
        <source>Add an item: name, SKU or barcode</source>
        <translation>Adicionar um item: nome, SKU ou código de barras</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="82"/>
        <source>Find an item to add</source>
        <translation>Encontre um item para adicionar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="94"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="99"/>
        <source>{n} here</source>
        <translation>{n} aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="122"/>
        <source>Add to wishlist</source>
        <translation>Adicionar à lista de desejos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="171"/>
        <source>No item matches; try the SKU or scan the barcode.</source>
        <translation>Nenhum item corresponde; tente o SKU ou leia o código de barras.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="181"/>
        <source>Find the item and choose its colour and size first.</source>
        <translation>Primeiro encontre o item e escolha a cor e o tamanho.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="205"/>
        <source>Choose the item to remove first.</source>
        <translation>Primeiro escolha o item a remover.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="27"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="30"/>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="59"/>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="34"/>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="36"/>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="57"/>
        <source>What to do, e.g. call when size M is back</source>
        <translation>O que fazer, ex.: ligar quando o tamanho M voltar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="66"/>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="75"/>
        <source>Due on</source>
        <translation>Prazo em</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="68"/>
        <source>Add follow-up</source>
        <translation>Adicionar acompanhamento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="71"/>
        <source>Mark done</source>
        <translation>Marcar como feito</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="93"/>
        <source>Write what to follow up first.</source>
        <translation>Primeiro escreva o que acompanhar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="115"/>
        <source>Choose the follow-up to mark done first.</source>
        <translation>Primeiro escolha o acompanhamento a marcar como feito.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="122"/>
        <source>This follow-up is already done.</source>
        <translation>Este acompanhamento já foi feito.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="28"/>
        <source>Visit rating</source>
        <translation>Avaliação da visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="35"/>
        <source>Rating {n} of 5</source>
        <translation>Nota {n} de 5</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="45"/>
        <source>Comment (optional)</source>
        <translation>Comentário (opcional)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="48"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="50"/>
        <source>Save rating</source>
        <translation>Salvar avaliação</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="91"/>
        <source>Last rating: {score}/5</source>
        <translation>Última avaliação: {score}/5</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="102"/>
        <source>Choose a rating from 1 to 5 first.</source>
        <translation>Primeiro escolha uma nota de 1 a 5.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="32"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="45"/>
        <source>E-mail consent</source>
        <translation>Consentimento de e-mail</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="46"/>
        <source>SMS consent</source>
        <translation>Consentimento de SMS</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="47"/>
        <source>Profiling consent</source>
        <translation>Consentimento de perfil</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="48"/>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="49"/>
        <source>Phones</source>
        <translation>Telefones</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="50"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="57"/>
        <source>given</source>
        <translation>dado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="59"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="65"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="80"/>
        <source>{field}: {value}, changed by {name}, {when}, was {was}</source>
        <translation>{field}: {value}, alterado por {name}, {when}, era {was}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="83"/>
        <source>{field}: {value} by {name}, {when}, not kept: a later change won</source>
        <translation>{field}: {value} por {name}, {when}, não mantido: uma alteração posterior prevaleceu</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="134"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="138"/>
        <source>History of the edited fields</source>
        <translation>Histórico dos campos editados</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="142"/>
        <source>No purchases yet. Purchases in our stores and online show here after a sync.</source>
        <translation>Nenhuma compra ainda. As compras nas lojas e online aparecem aqui após uma sincronização.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="155"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="197"/>
        <source>No notes yet. Write what the shopper asked for, liked or needs, then Save note.</source>
        <translation>Nenhuma nota ainda. Escreva o que o cliente pediu, gostou ou precisa e toque em Salvar nota.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="229"/>
        <source>No suggestions: no other colour or size of what the shopper bought is in stock here in their size.</source>
        <translation>Sem sugestões: nenhuma outra cor ou tamanho do que o cliente comprou está em estoque aqui no tamanho dele.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="249"/>
        <source>No open orders. To order an item for delivery or pick-up, tap Stock and order.</source>
        <translation>Nenhum pedido em aberto. Para pedir um item para entrega ou retirada, toque em Estoque e pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="63"/>
        <source>← Search</source>
        <translation>← Busca</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="70"/>
        <source>Stock and order</source>
        <translation>Estoque e pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="72"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="87"/>
        <source>Lifetime value</source>
        <translation>Valor total</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="88"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="89"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="90"/>
        <source>Home store</source>
        <translation>Loja de origem</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="91"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="92"/>
        <source>Loyalty number</source>
        <translation>Número de fidelidade</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="111"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="112"/>
        <location filename="../../clienteling/ui/profile.py" line="128"/>
        <location filename="../../clienteling/ui/profile.py" line="134"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="113"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="115"/>
        <source>Returns</source>
        <translation>Devoluções</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="119"/>
        <location filename="../../clienteling/ui/profile.py" line="241"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="147"/>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="150"/>
        <source>Sizes and preferences</source>
        <translation>Tamanhos e preferências</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="154"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="156"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="158"/>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="162"/>
        <location filename="../../clienteling/ui/profile.py" line="176"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="170"/>
        <location filename="../../clienteling/ui/profile.py" line="182"/>
        <source>Reason for the visit</source>
        <translation>Motivo da visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="175"/>
        <source>What did the shopper ask for, like or need?</source>
        <translation>O que o cliente pediu, gostou ou precisa?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="178"/>
        <source>Save note</source>
        <translation>Salvar nota</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="201"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="208"/>
        <source>Follow-ups</source>
        <translation>Acompanhamentos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="217"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="206"/>
        <source>Wishlist</source>
        <translation>Lista de desejos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="221"/>
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
        <location filename="../../clienteling/ui/profile.py" line="239"/>
        <source>Pick-up</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="239"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="252"/>
        <source>Open orders</source>
        <translation>Pedidos em aberto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="309"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="346"/>
        <source>bought {item}</source>
        <translation>comprou {item}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="348"/>
        <source>{why}; size {size} in stock here</source>
        <translation>{why}; tamanho {size} em estoque aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="383"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="384"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="385"/>
        <source>Profiling</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="390"/>
        <source>Consent given</source>
        <translation>Consentimento dado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="390"/>
        <source>No consent</source>
        <translation>Sem consentimento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="397"/>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="411"/>
        <source>Suggestions</source>
        <translation>Sugestões</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="423"/>
        <source>This shopper is no longer on this terminal (erased, or moved out of this store&apos;s list at HQ). Go back to search to serve another shopper.</source>
        <translation>Este cliente não está mais neste terminal (apagado, ou fora da lista desta loja na central). Volte à busca para atender outro cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="446"/>
        <source>Refused by HQ: {why}</source>
        <translation>Recusada pela central: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="448"/>
        <source>Waiting to send</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="449"/>
        <source>Saved</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="458"/>
        <source>Write the note first.</source>
        <translation>Escreva a nota primeiro.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="481"/>
        <source>Note saved.</source>
        <translation>Nota salva.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="485"/>
        <source>Note saved on this terminal; it is sent to HQ when the connection is back.</source>
        <translation>Nota salva neste terminal; ela será enviada à central quando a conexão voltar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="493"/>
        <source>The note was not saved: {why}</source>
        <translation>A nota não foi salva: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="116"/>
        <source>Returned</source>
        <translation>Devolvido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="219"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="477"/>
        <source>HQ refused the note: {why}</source>
        <translation>A central recusou a nota: {why}</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="27"/>
        <source>Review the order</source>
        <translation>Revise o pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="65"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="71"/>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="78"/>
        <source>Pick up at {store}</source>
        <translation>Retirar em {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="82"/>
        <source>Delivered to {address}</source>
        <translation>Entrega em {address}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="84"/>
        <source>Delivered to the shopper&apos;s address</source>
        <translation>Entrega no endereço do cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="88"/>
        <source>Delivery estimates go by distance; HQ confirms the stock when it is placed.</source>
        <translation>Os prazos de entrega são uma estimativa pela distância; a central confirma o estoque ao fazer o pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="99"/>
        <source>in stock in this store</source>
        <translation>em estoque nesta loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="101"/>
        <source>nearest store with stock in the shopper&apos;s country, priced in {currency}</source>
        <translation>a loja mais próxima com estoque no país do cliente, com preços em {currency}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="104"/>
        <source>no store in the shopper&apos;s country has it; nearest with stock priced in {currency}</source>
        <translation>nenhuma loja no país do cliente tem; a mais próxima com estoque e preços em {currency}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="107"/>
        <source>no store in the shopper&apos;s country or money has it; nearest with stock</source>
        <translation>nenhuma loja no país ou na moeda do cliente tem; a mais próxima com estoque</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="109"/>
        <source>no store shows enough stock; HQ will say what it can offer</source>
        <translation>nenhuma loja mostra estoque suficiente; a central dirá o que pode oferecer</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="113"/>
        <source>From: any store (HQ picks the nearest with stock)</source>
        <translation>De: qualquer loja (a central escolhe a mais próxima com estoque)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="115"/>
        <source>likely {store}</source>
        <translation>provavelmente {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="118"/>
        <source>chosen by you</source>
        <translation>escolhida por você</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="120"/>
        <source>suggested: {store}</source>
        <translation>sugerida: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="125"/>
        <source>From: {store} — {why}</source>
        <translation>De: {store} — {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="131"/>
        <source>Estimate: HQ tells the days once it is placed.</source>
        <translation>Estimativa: a central informa os dias quando o pedido for feito.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="135"/>
        <source>Estimate: ready for pick-up today</source>
        <translation>Estimativa: pronto para retirada hoje</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="137"/>
        <source>Estimate: ships today</source>
        <translation>Estimativa: enviado hoje</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="141"/>
        <source>Estimate: ready for pick-up in {days} days</source>
        <translation>Estimativa: pronto para retirada em {days} dias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="142"/>
        <source>Estimate: delivered in {days} days</source>
        <translation>Estimativa: entrega em {days} dias</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="53"/>
        <source>Only a manager can leave kiosk mode.</source>
        <translation>Só um gerente pode sair do modo quiosque.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="30"/>
        <source>Trainees look and learn: this changes the store&apos;s real data, so it is for associates. Practise it in training mode, or ask an associate.</source>
        <translation>Estagiários observam e aprendem: isto altera os dados reais da loja, então é para vendedores. Pratique no modo de treinamento ou peça a um vendedor.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="36"/>
        <source>Sign in first.</source>
        <translation>Entre primeiro.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="38"/>
        <source>Only a manager can change the scanner settings.</source>
        <translation>Só um gerente pode alterar as configurações do leitor.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="41"/>
        <source>Only a manager can open the manager&apos;s screen.</source>
        <translation>Só um gerente pode abrir a tela do gerente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="44"/>
        <source>Only a manager can erase a shopper.</source>
        <translation>Só um gerente pode apagar um cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="47"/>
        <source>Only a manager can list or revoke the store&apos;s terminals.</source>
        <translation>Só um gerente pode listar ou revogar os terminais da loja.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="50"/>
        <source>Only a manager can unlock an associate&apos;s offline sign-in.</source>
        <translation>Só um gerente pode desbloquear a entrada sem conexão de um vendedor.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="58"/>
        <source>Only a manager can do this.</source>
        <translation>Só um gerente pode fazer isto.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="82"/>
        <source>TRAINEE</source>
        <translation>ESTAGIÁRIO</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="83"/>
        <source>MANAGER ›</source>
        <translation>GERENTE ›</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="93"/>
        <source>Your screen: terminals, erasure, offline locks, refused writes, scanner settings (Ctrl+M)</source>
        <translation>Sua tela: terminais, exclusão, bloqueios sem conexão, registros recusados, configurações do leitor (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="90"/>
        <source>Role: {role}</source>
        <translation>Função: {role}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="128"/>
        <source>Trainee: you can find shoppers and look at their profiles, stock and orders. Notes, edits and orders change the store&apos;s real data, so their buttons are off for trainees; practise them in training mode.</source>
        <translation>Estagiário: você pode encontrar clientes e ver perfis, estoque e pedidos. Notas, alterações e pedidos mudam os dados reais da loja, por isso esses botões ficam desativados para estagiários; pratique no modo de treinamento.</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="68"/>
        <location filename="../../clienteling/ui/scan_router.py" line="77"/>
        <source>Reading the picture…</source>
        <translation>Lendo a imagem…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="89"/>
        <source>No barcode or QR code was found in the picture. Try a sharper one.</source>
        <translation>Nenhum código de barras ou QR foi encontrado na imagem. Tente uma mais nítida.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="104"/>
        <source>The scan could not be used: {why}</source>
        <translation>A leitura não pôde ser usada: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="111"/>
        <source>The scan was empty. Scan the code again.</source>
        <translation>A leitura veio vazia. Leia o código de novo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="112"/>
        <source>The code is far too long to be one this store uses.</source>
        <translation>O código é longo demais para ser um dos usados nesta loja.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="114"/>
        <source>The scanner sent something that is not text. Check the scanner&apos;s settings.</source>
        <translation>O leitor enviou algo que não é texto. Verifique as configurações do leitor.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="117"/>
        <source>The scanner sent a control character inside the code. Check the scanner&apos;s settings.</source>
        <translation>O leitor enviou um caractere de controle dentro do código. Verifique as configurações do leitor.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="120"/>
        <location filename="../../clienteling/ui/scan_router.py" line="140"/>
        <source>This is not a code this store uses.</source>
        <translation>Este não é um código usado nesta loja.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="122"/>
        <source>The check digit is wrong: scan it again, or type the number carefully.</source>
        <translation>O dígito verificador está errado: leia de novo ou digite o número com cuidado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="124"/>
        <source>The code has the wrong number of characters.</source>
        <translation>O código tem o número errado de caracteres.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="125"/>
        <source>The code has characters that do not belong in it.</source>
        <translation>O código tem caracteres que não deveriam estar nele.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="126"/>
        <source>The label holds a date that does not exist.</source>
        <translation>A etiqueta traz uma data que não existe.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="127"/>
        <source>The label holds GS1 data this app does not read.</source>
        <translation>A etiqueta traz dados GS1 que este app não lê.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="128"/>
        <source>The label holds the same GS1 field twice.</source>
        <translation>A etiqueta traz o mesmo campo GS1 duas vezes.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="129"/>
        <source>The code is incomplete or damaged.</source>
        <translation>O código está incompleto ou danificado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="131"/>
        <source>This shopper code was altered or does not come from our app.</source>
        <translation>Este código de cliente foi alterado ou não vem do nosso app.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="134"/>
        <source>This shopper code has expired: ask the shopper to open it again in the app.</source>
        <translation>Este código de cliente expirou: peça ao cliente para abri-lo de novo no app.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="137"/>
        <source>This terminal is not set up to check this kind of shopper code.</source>
        <translation>Este terminal não está configurado para verificar este tipo de código de cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="146"/>
        <source>Product barcode</source>
        <translation>Código de barras de produto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="147"/>
        <source>GS1 label</source>
        <translation>Etiqueta GS1</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="148"/>
        <source>GS1 Digital Link</source>
        <translation>GS1 Digital Link</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="149"/>
        <source>Our product page</source>
        <translation>Página de produto da nossa loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="150"/>
        <source>Loyalty card</source>
        <translation>Cartão fidelidade</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="151"/>
        <source>Shopper code from our app</source>
        <translation>Código de cliente do nosso app</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="152"/>
        <source>Order tracking code</source>
        <translation>Código de acompanhamento de pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="153"/>
        <source>Terminal enrollment code</source>
        <translation>Código de cadastro de terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="154"/>
        <source>Shopper sign-up code</source>
        <translation>Código de cadastro de cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="155"/>
        <source>Not accepted</source>
        <translation>Não aceito</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="177"/>
        <source>Loyalty card {card}: this shopper is not in this store&apos;s list; connect to HQ to look them up.</source>
        <translation>Cartão fidelidade {card}: este cliente não está na lista desta loja; conecte-se à central para buscá-lo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="183"/>
        <source>No shopper has the loyalty card {card}.</source>
        <translation>Nenhum cliente tem o cartão fidelidade {card}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="188"/>
        <source>This GS1 label has no product number (GTIN) to look up.</source>
        <translation>Esta etiqueta GS1 não tem número de produto (GTIN) para buscar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="191"/>
        <source>No product with the code {code} is in the catalog on this terminal.</source>
        <translation>Nenhum produto com o código {code} está no catálogo deste terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="200"/>
        <source>Order {order} is not on this terminal; connect to HQ to look it up.</source>
        <translation>O pedido {order} não está neste terminal; conecte-se à central para buscá-lo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="204"/>
        <source>HQ knows no order {order}.</source>
        <translation>A central não conhece o pedido {order}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="208"/>
        <source>This is a terminal enrollment code. This terminal is already enrolled with {store}: scan the code on the new terminal instead.</source>
        <translation>Este é um código de cadastro de terminal. Este terminal já está cadastrado em {store}: leia o código no terminal novo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="216"/>
        <source>This is a shopper sign-up code: the shopper scans it with their phone to join the loyalty programme.</source>
        <translation>Este é um código de cadastro de cliente: o cliente o lê com o celular para entrar no programa de fidelidade.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="229"/>
        <source>Lot {lot}</source>
        <translation>Lote {lot}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="231"/>
        <source>Serial {serial}</source>
        <translation>Série {serial}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="233"/>
        <source>Expires {date}</source>
        <translation>Validade {date}</translation>
    </message>
</context>
<context>
    <name>ScannerSettingsDialog</name>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="125"/>
        <source>This terminal uses its own scanner settings, not the store&apos;s from HQ.</source>
        <translation>Este terminal usa as próprias configurações do leitor, não as da loja vindas da matriz.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="128"/>
        <source>These are the store&apos;s scanner settings from HQ. Saving makes them this terminal&apos;s own.</source>
        <translation>Estas são as configurações do leitor da loja, vindas da matriz. Salvar as torna próprias deste terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="135"/>
        <source>Use the store&apos;s settings</source>
        <translation>Usar as configurações da loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="82"/>
        <source>Scanner settings</source>
        <translation>Configurações do leitor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="88"/>
        <source>Prefix</source>
        <translation>Prefixo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="89"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="91"/>
        <source>Suffix</source>
        <translation>Sufixo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="93"/>
        <source>Enter or Tab</source>
        <translation>Enter ou Tab</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="94"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="95"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="96"/>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="102"/>
        <source>Longest gap between a scanner&apos;s keys</source>
        <translation>Maior intervalo entre as teclas do leitor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="104"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="110"/>
        <source>Prefix the scanner sends first</source>
        <translation>Prefixo que o leitor envia primeiro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="111"/>
        <source>Suffix after each code</source>
        <translation>Sufixo depois de cada código</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="112"/>
        <source>Longest gap between its keys</source>
        <translation>Maior intervalo entre as teclas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="116"/>
        <source>Scanners type much faster than people. Raise the gap for a slow Bluetooth scanner; set a prefix if the scanner sends one.</source>
        <translation>Leitores digitam muito mais rápido que pessoas. Aumente o intervalo para um leitor Bluetooth lento; defina um prefixo se o leitor enviar um.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="141"/>
        <source>Test field</source>
        <translation>Campo de teste</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="143"/>
        <source>Scan a code here to test, or type one and press Enter</source>
        <translation>Leia um código aqui para testar, ou digite um e tecle Enter</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="146"/>
        <source>No scan yet.</source>
        <translation>Nenhuma leitura ainda.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="153"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="156"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="169"/>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="193"/>
        <source>The prefix cannot be the same as the suffix.</source>
        <translation>O prefixo não pode ser igual ao sufixo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="211"/>
        <source>Last scan: {words}</source>
        <translation>Última leitura: {words}</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="82"/>
        <source>Start this scenario</source>
        <translation>Começar este cenário</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clienteling/ui/coach_pages.py" line="105"/>
        <source>%n scenario(s) for managers are not listed: they practise what only a manager may do (such as erasing a shopper). Sign in as a manager to see them.</source>
        <translation>
            <numerusform>%n cenário para gerentes não aparece: pratica o que só um gerente pode fazer (como apagar um cliente). Entre como gerente para vê-lo.</numerusform>
            <numerusform>%n cenários para gerentes não aparecem: praticam o que só um gerente pode fazer (como apagar um cliente). Entre como gerente para vê-los.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clienteling/ui/coach_pages.py" line="1"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n passo</numerusform>
            <numerusform>%n passos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioRun</name>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="205"/>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="221"/>
        <source>Stop this scenario</source>
        <translation>Parar este cenário</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="236"/>
        <source>Goal: {goal}</source>
        <translation>Objetivo: {goal}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="250"/>
        <source>Hint: {hint}</source>
        <translation>Dica: {hint}</translation>
    </message>
</context>
<context>
    <name>ScenarioSummary</name>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="303"/>
        <source>Your employee ID</source>
        <translation>Sua matrícula</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="309"/>
        <source>Keep for my manager</source>
        <translation>Guardar para meu gerente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="355"/>
        <source>Your result reaches your manager when you next sign in at a store terminal of this machine.</source>
        <translation>Seu resultado chega ao seu gerente quando você entrar de novo em um terminal da loja nesta máquina.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="363"/>
        <source>Type your own employee ID first.</source>
        <translation>Digite primeiro a sua própria matrícula.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="372"/>
        <source>Kept for {employee}: it reaches your manager when {employee} next signs in at a store terminal of this machine.</source>
        <translation>Guardado para {employee}: chega ao seu gerente quando {employee} entrar de novo em um terminal da loja nesta máquina.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="379"/>
        <source>The result was not kept: {why}</source>
        <translation>O resultado não foi guardado: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="316"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="317"/>
        <source>Next scenario</source>
        <translation>Próximo cenário</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="319"/>
        <source>All scenarios</source>
        <translation>Todos os cenários</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="339"/>
        <source>Done: {title}</source>
        <translation>Concluído: {title}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="342"/>
        <source>Time: {time} · Hints used: {hints} · Mistakes: {mistakes}</source>
        <translation>Tempo: {time} · Dicas usadas: {hints} · Erros: {mistakes}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="349"/>
        <source>No mistakes: well done.</source>
        <translation>Nenhum erro: muito bem.</translation>
    </message>
</context>
<context>
    <name>ShopperModel</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="43"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="44"/>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="45"/>
        <source>Home store</source>
        <translation>Loja de origem</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="46"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="47"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="76"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="80"/>
        <source>Tap your name</source>
        <translation>Toque no seu nome</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="93"/>
        <source>No associates of this store on this terminal yet; type your id.</source>
        <translation>Ainda não há vendedores desta loja neste terminal; digite sua matrícula.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="105"/>
        <location filename="../../clienteling/ui/signin.py" line="106"/>
        <source>Employee id</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="109"/>
        <location filename="../../clienteling/ui/signin.py" line="110"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="125"/>
        <source>Employee id and PIN</source>
        <translation>Matrícula e PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="151"/>
        <source>Store: {name}</source>
        <translation>Loja: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="164"/>
        <source>{name}   ·   {role}</source>
        <translation>{name}   ·   {role}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="190"/>
        <source>Training PIN: {pin}</source>
        <translation>PIN de treinamento: {pin}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="229"/>
        <source>Tap your name or type your employee id.</source>
        <translation>Toque no seu nome ou digite sua matrícula.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="233"/>
        <source>Type your PIN.</source>
        <translation>Digite seu PIN.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="257"/>
        <source>Not signed in: {why}</source>
        <translation>Não entrou: {why}</translation>
    </message>
</context>
<context>
    <name>SignUpDialog</name>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="131"/>
        <source>TRAINING · not a real sign-up</source>
        <translation>TREINAMENTO · não é um cadastro real</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="132"/>
        <location filename="../../clienteling/ui/signup.py" line="133"/>
        <source>Sign-up QR for the shopper&apos;s phone</source>
        <translation>QR de cadastro para o celular do cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="140"/>
        <source>Sign-up QR code</source>
        <translation>Código QR de cadastro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="141"/>
        <source>Store: {store}</source>
        <translation>Loja: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="143"/>
        <source>Credited to: {associate}</source>
        <translation>Crédito para: {associate}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="148"/>
        <source>Ask the shopper to point their phone&apos;s camera at the code and open the link: they join on our sign-up page, credited to this store and to you.</source>
        <translation>Peça ao cliente que aponte a câmera do celular para o código e abra o link: ele se cadastra na nossa página, com o crédito para esta loja e para você.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="163"/>
        <source>HQ has not set the chain&apos;s sign-up page yet, so a phone cannot open this code. Ask HQ support to set it.</source>
        <translation>A central ainda não definiu a página de cadastro da rede, então um celular não consegue abrir este código. Peça ao suporte da central que a defina.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="175"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="177"/>
        <source>Save as PNG…</source>
        <translation>Salvar como PNG…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="179"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="260"/>
        <source>Save sign-up QR</source>
        <translation>Salvar QR de cadastro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="260"/>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="276"/>
        <source>Saved: {path}</source>
        <translation>Salvo: {path}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="278"/>
        <source>The QR code was not saved: {why}</source>
        <translation>O código QR não foi salvo: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="291"/>
        <source>The printer could not be opened.</source>
        <translation>Não foi possível abrir a impressora.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="330"/>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
</context>
<context>
    <name>SlipActions</name>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="94"/>
        <source>Save slip as PDF…</source>
        <translation>Salvar comprovante em PDF…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="96"/>
        <source>Print slip…</source>
        <translation>Imprimir comprovante…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="116"/>
        <source>Save slip</source>
        <translation>Salvar comprovante</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="118"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="132"/>
        <source>Slip saved: {path}</source>
        <translation>Comprovante salvo: {path}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="135"/>
        <source>The slip was not saved: {why}</source>
        <translation>O comprovante não foi salvo: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="155"/>
        <source>The printer could not be opened.</source>
        <translation>Não foi possível abrir a impressora.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="165"/>
        <source>Slip sent to the printer.</source>
        <translation>Comprovante enviado à impressora.</translation>
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
        <location filename="../../clienteling/ui/status.py" line="50"/>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="57"/>
        <source>Sign-up QR</source>
        <translation>QR de cadastro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="58"/>
        <source>Sign-up QR for the shopper&apos;s phone (Ctrl+J)</source>
        <translation>QR de cadastro para o celular do cliente (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="82"/>
        <source>● Online</source>
        <translation>● Conectado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="83"/>
        <source>● Offline</source>
        <translation>● Sem conexão</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="85"/>
        <source>● Syncing…</source>
        <translation>● Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="91"/>
        <source>Last sync: {age}</source>
        <translation>Última sincronização: {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="92"/>
        <source>Queued: {n}</source>
        <translation>Na fila: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="94"/>
        <source>Refused: {n}</source>
        <translation>Recusados: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="118"/>
        <source>{name} (signed in offline)</source>
        <translation>{name} (entrou sem conexão)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="81"/>
        <source>● Connecting…</source>
        <translation>● Conectando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="84"/>
        <source>● HQ having trouble</source>
        <translation>● Central com problemas</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="139"/>
        <source>← Back</source>
        <translation>← Voltar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="141"/>
        <source>Products and stock</source>
        <translation>Produtos e estoque</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="143"/>
        <source>Scan with camera</source>
        <translation>Ler com a câmera</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="151"/>
        <source>Product name, SKU or GTIN</source>
        <translation>Nome do produto, SKU ou GTIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="152"/>
        <location filename="../../clienteling/ui/stock.py" line="156"/>
        <source>Search products</source>
        <translation>Buscar produtos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="167"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="168"/>
        <source>Style</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="169"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="179"/>
        <source>Find a product to see its stock.</source>
        <translation>Busque um produto para ver o estoque.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="191"/>
        <source>Stock here by size and colour</source>
        <translation>Estoque aqui por tamanho e cor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="209"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="210"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="211"/>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="212"/>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="217"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="219"/>
        <source>Order for delivery or pick-up…</source>
        <translation>Pedido para entrega ou retirada…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="268"/>
        <source>For {name}</source>
        <translation>Para {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="302"/>
        <location filename="../../clienteling/ui/stock.py" line="367"/>
        <source>Type a product name, or scan or type a SKU or GTIN.</source>
        <translation>Digite o nome de um produto, ou leia ou digite um SKU ou GTIN.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="307"/>
        <source>Enter shows the first product.</source>
        <translation>Enter mostra o primeiro produto.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="310"/>
        <source>No product in the catalog matches “{query}”.</source>
        <translation>Nenhum produto do catálogo corresponde a “{query}”.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="317"/>
        <source>The search did not work: {why}</source>
        <translation>A busca não funcionou: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="335"/>
        <source>Asking HQ for the latest figures…</source>
        <translation>Pedindo os números mais recentes à central…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="342"/>
        <source>The stock could not be read: {why}</source>
        <translation>Não foi possível ler o estoque: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="373"/>
        <source>This item is not in the catalog on this terminal.</source>
        <translation>Este item não está no catálogo deste terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="380"/>
        <source>From the scanned label: {facts}</source>
        <translation>Da etiqueta lida: {facts}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="388"/>
        <source>Style {style}</source>
        <translation>Modelo {style}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="396"/>
        <source>Available here ({store}) by colour and size</source>
        <translation>Disponível aqui ({store}) por cor e tamanho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="405"/>
        <source>{colour}, size {size}: {n} here</source>
        <translation>{colour}, tamanho {size}: {n} aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="454"/>
        <source>Open a shopper&apos;s profile first to order for them.</source>
        <translation>Abra primeiro o perfil de um cliente para fazer o pedido para ele.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="428"/>
        <source>Other stores, nearest first — {fresh}.</source>
        <translation>Outras lojas, da mais próxima — {fresh}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="430"/>
        <source>Other stores, nearest first — {fresh}; HQ did not answer.</source>
        <translation>Outras lojas, da mais próxima — {fresh}; a central não respondeu.</translation>
    </message>
</context>
<context>
    <name>StoreActivity</name>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="88"/>
        <source>Daily chart. Left and Right choose a day, Home and End the first and the last, Up and Down the figure; Enter or Space opens that day&apos;s records.</source>
        <translation>Gráfico diário. Esquerda e Direita escolhem um dia, Home e End o primeiro e o último, Cima e Baixo o número; Enter ou Espaço abre os registros desse dia.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="114"/>
        <source>{weekday} {date}</source>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="118"/>
        <source>{day} · {figure}: nothing to compute it from that day.</source>
        <translation>{day} · {figure}: nesse dia não há nada para calculá-lo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="122"/>
        <source>{day} · {figure}: {value}. Enter or Space opens its records.</source>
        <translation>{day} · {figure}: {value}. Enter ou Espaço abre os registros.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="113"/>
        <source>No scenario finished.</source>
        <translation>Nenhum cenário concluído.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="169"/>
        <source>Training never counts in these figures. Trainees&apos; scenario results come from HQ: they show here when HQ answers.</source>
        <translation>O treinamento nunca conta nestes números. Os resultados dos cenários dos treinandos vêm da central: aparecem aqui quando a central responde.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="175"/>
        <source>Trainees&apos; scenarios finished in this period, from training mode. Training never counts in these figures.</source>
        <translation>Cenários concluídos pelos treinandos neste período, no modo de treinamento. O treinamento nunca conta nestes números.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="512"/>
        <source>TRAINING · practice figures, not a real store</source>
        <translation>TREINAMENTO · números de prática, não é uma loja real</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="322"/>
        <source>Orders and their value</source>
        <translation>Pedidos e seu valor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="51"/>
        <source>Engagement</source>
        <translation>Relacionamento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="52"/>
        <source>Orders from the store</source>
        <translation>Pedidos da loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="53"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="67"/>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="71"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="75"/>
        <source>{n} of 5</source>
        <translation>{n} de 5</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="87"/>
        <source>Previous period: {value}</source>
        <translation>Período anterior: {value}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="92"/>
        <source>Previous period: {value} ({change} %)</source>
        <translation>Período anterior: {value} ({change} %)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="99"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="100"/>
        <source>Order HQ refused</source>
        <translation>Pedido recusado pela central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="101"/>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="102"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="103"/>
        <source>Profile opened</source>
        <translation>Perfil aberto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="104"/>
        <source>Preference edit</source>
        <translation>Preferência alterada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="105"/>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="106"/>
        <source>Follow-up done</source>
        <translation>Acompanhamento feito</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="107"/>
        <source>Visit rating</source>
        <translation>Avaliação da visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="121"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="122"/>
        <source>Web</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="123"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="124"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="125"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="126"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="112"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="113"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="114"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="115"/>
        <source>Custom days</source>
        <translation>Outros dias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="125"/>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="125"/>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="130"/>
        <source>Show these days</source>
        <translation>Mostrar esses dias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="132"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="133"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="138"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="140"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="153"/>
        <source>Figures</source>
        <translation>Números</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="154"/>
        <source>Day by day</source>
        <translation>Dia a dia</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="155"/>
        <source>Associates</source>
        <translation>Vendedores</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="156"/>
        <source>Not seen for a while</source>
        <translation>Sumidos há um tempo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="60"/>
        <location filename="../../clienteling/ui/store_activity.py" line="197"/>
        <location filename="../../clienteling/ui/store_activity.py" line="433"/>
        <source>Counted on this terminal</source>
        <translation>Contado neste terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="47"/>
        <source>Everyone who worked in the store in the period, by name. Tap a heading to sort by it, tap a figure to see its records. A sale goes to one associate only.</source>
        <translation>Todos que trabalharam na loja no período, por nome. Toque num título para ordenar por ele, toque num número para ver seus registros. Uma venda vai para um só vendedor.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="99"/>
        <source>Nobody&apos;s activity yet.</source>
        <translation>Nenhuma atividade ainda.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="252"/>
        <source>No regular is missing.</source>
        <translation>Nenhum cliente frequente sumiu.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="290"/>
        <source>Asking HQ for the store&apos;s figures…</source>
        <translation>Pedindo à central os números da loja…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="298"/>
        <source>HQ did not answer: reading what this terminal keeps…</source>
        <translation>A central não respondeu: lendo o que este terminal guarda…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="306"/>
        <source>The store&apos;s figures could not be shown: {why}</source>
        <translation>Não foi possível mostrar os números da loja: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="317"/>
        <source>HQ&apos;s figures for {first} to {last}, as of {when}.</source>
        <translation>Números da central de {first} a {last}, em {when}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="324"/>
        <source>HQ could not be reached. Shown: the report kept on this terminal for {first} to {last}, as of {when}.</source>
        <translation>Não foi possível falar com a central. Mostrado: o relatório guardado neste terminal de {first} a {last}, em {when}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="332"/>
        <source>HQ could not be reached and no report of this period is kept on this terminal. Below: what this terminal can count by itself.</source>
        <translation>Não foi possível falar com a central e nenhum relatório deste período está guardado neste terminal. Abaixo: o que este terminal consegue contar sozinho.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="351"/>
        <source>No daily figures without HQ&apos;s report.</source>
        <translation>Sem números diários sem o relatório da central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="362"/>
        <source>Conversion window: {n} days. {rule}</source>
        <translation>Janela de conversão: {n} dias. {rule}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="371"/>
        <source>One point per day of the period; a day without ratings has no CSAT point. Tap a day to see the records behind it, or Tab to a chart, choose a day with the arrow keys and press Enter.</source>
        <translation>Um ponto por dia do período; um dia sem avaliações não tem ponto de CSAT. Toque num dia para ver os registros por trás dele, ou vá com Tab até um gráfico, escolha um dia com as setas e pressione Enter.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="379"/>
        <source>Regulars of the store nobody served and who bought nothing for a while, who agreed to be contacted (only their consented channels are shown). Tap one to open them.</source>
        <translation>Clientes frequentes da loja que ninguém atendeu e que não compram há um tempo, e que aceitaram ser contatados (só os canais autorizados aparecem). Toque num para abri-lo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="152"/>
        <location filename="../../clienteling/ui/store_activity.py" line="390"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="393"/>
        <source>Not HQ&apos;s figures: counted on this terminal from its cache, for {first} to {last}. Notes and follow-ups as of the last sync ({when}) and the writes made on this terminal; visit ratings made on this terminal only.</source>
        <translation>Não são números da central: contados neste terminal a partir do seu cache, de {first} a {last}. Notas e acompanhamentos até a última sincronização ({when}) e os registros feitos neste terminal; avaliações de visita só deste terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="414"/>
        <source>The records need HQ: it could not be reached.</source>
        <translation>Os registros precisam da central: não foi possível falar com ela.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="454"/>
        <source>{scope}, {first} to {last}</source>
        <translation>{scope}, de {first} a {last}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="481"/>
        <source>Export the store&apos;s activity</source>
        <translation>Exportar a atividade da loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="509"/>
        <source>Kept on this terminal: HQ could not be reached.</source>
        <translation>Guardado neste terminal: não foi possível falar com a central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="516"/>
        <source>Exported to {path}.</source>
        <translation>Exportado para {path}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="452"/>
        <source>{scope}, {day}</source>
        <translation>{scope}, {day}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="155"/>
        <source>From this terminal&apos;s cache, as of {when}: not HQ&apos;s figures. Notes and follow-ups as of that sync and the writes made on this terminal; visit ratings made on this terminal only.</source>
        <translation>Do cache deste terminal, em {when}: não são números da central. Notas e acompanhamentos até essa sincronização e os registros feitos neste terminal; avaliações de visita só deste terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="136"/>
        <source>HQ&apos;s figures as kept on this terminal, as of {when}.</source>
        <translation>Números da central guardados neste terminal, em {when}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="71"/>
        <source>Nothing counted here.</source>
        <translation>Nada contado aqui.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="108"/>
        <source>Served shopper</source>
        <translation>Cliente atendido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="115"/>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="116"/>
        <source>Not converted</source>
        <translation>Não convertido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="181"/>
        <source>Trainees&apos; scenarios finished in this period, as HQ gave them with the kept report ({when}). Training never counts in these figures.</source>
        <translation>Cenários concluídos pelos treinandos neste período, como a central os deu com o relatório guardado ({when}). O treinamento nunca conta nestes números.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="436"/>
        <source>{name}, counted on this terminal</source>
        <translation>{name}, contado neste terminal</translation>
    </message>
    <message>
        <source>Shoppers served</source>
        <translation>Clientes atendidos</translation>
    </message>
    <message>
        <source>Different shoppers served in the period (profile opened, note added or order placed); a shopper served by two associates counts once for the store.</source>
        <translation>Clientes diferentes atendidos no período (perfil aberto, nota adicionada ou pedido feito); um cliente atendido por dois vendedores conta uma vez para a loja.</translation>
    </message>
    <message>
        <source>Profiles opened</source>
        <translation>Perfis abertos</translation>
    </message>
    <message>
        <source>Times an associate opened a shopper&apos;s profile at one of the store&apos;s terminals.</source>
        <translation>Vezes que um vendedor abriu o perfil de um cliente num terminal da loja.</translation>
    </message>
    <message>
        <source>Notes added</source>
        <translation>Notas adicionadas</translation>
    </message>
    <message>
        <source>Notes about shoppers written at the store&apos;s terminals.</source>
        <translation>Notas sobre clientes escritas nos terminais da loja.</translation>
    </message>
    <message>
        <source>Preference edits</source>
        <translation>Preferências alteradas</translation>
    </message>
    <message>
        <source>Changes to shoppers&apos; sizes, fit, brands, colours or styles sent from the store&apos;s terminals (each changed field counts once).</source>
        <translation>Alterações de tamanhos, caimento, marcas, cores ou estilos dos clientes enviadas dos terminais da loja (cada campo alterado conta uma vez).</translation>
    </message>
    <message>
        <source>Follow-ups created</source>
        <translation>Acompanhamentos criados</translation>
    </message>
    <message>
        <source>Follow-up tasks with shoppers created at the store in the period.</source>
        <translation>Tarefas de acompanhamento de clientes criadas na loja no período.</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Acompanhamentos feitos</translation>
    </message>
    <message>
        <source>Follow-up tasks of the store marked done in the period, counted for the associate who created them.</source>
        <translation>Tarefas de acompanhamento da loja marcadas como feitas no período, contadas para o vendedor que as criou.</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>Acompanhamentos feitos no prazo</translation>
    </message>
    <message>
        <source>Follow-ups done in the period no later than their due time (or with no due time).</source>
        <translation>Acompanhamentos feitos no período até o horário previsto (ou sem horário previsto).</translation>
    </message>
    <message>
        <source>Feedback captured</source>
        <translation>Avaliações registradas</translation>
    </message>
    <message>
        <source>Shopper satisfaction ratings recorded at the store&apos;s terminals.</source>
        <translation>Avaliações de satisfação de clientes registradas nos terminais da loja.</translation>
    </message>
    <message>
        <source>CSAT average</source>
        <translation>Média de CSAT</translation>
    </message>
    <message>
        <source>Average of the satisfaction ratings (1 to 5) recorded in the period; empty when none was recorded.</source>
        <translation>Média das avaliações de satisfação (1 a 5) registradas no período; vazia quando não houve nenhuma.</translation>
    </message>
    <message>
        <source>CSAT distribution</source>
        <translation>Distribuição de CSAT</translation>
    </message>
    <message>
        <source>How many ratings of each score, 1 to 5, were recorded in the period (the value is the number of ratings; the parts give each score&apos;s count).</source>
        <translation>Quantas avaliações de cada nota, de 1 a 5, foram registradas no período (o valor é o número de avaliações; as partes dão a contagem de cada nota).</translation>
    </message>
    <message>
        <source>Orders placed</source>
        <translation>Pedidos feitos</translation>
    </message>
    <message>
        <source>Delivery and pick-up orders sent from the store&apos;s terminals in the period, accepted or refused by HQ.</source>
        <translation>Pedidos de entrega e de retirada enviados dos terminais da loja no período, aceitos ou recusados pela central.</translation>
    </message>
    <message>
        <source>Orders confirmed</source>
        <translation>Pedidos confirmados</translation>
    </message>
    <message>
        <source>Orders from the store that HQ accepted and reserved stock for.</source>
        <translation>Pedidos da loja que a central aceitou e para os quais reservou estoque.</translation>
    </message>
    <message>
        <source>Orders refused</source>
        <translation>Pedidos recusados</translation>
    </message>
    <message>
        <source>Orders from the store that HQ refused because the items were not in stock anywhere it could take them from.</source>
        <translation>Pedidos da loja que a central recusou porque os itens não estavam em estoque em nenhum lugar de onde pudesse tirá-los.</translation>
    </message>
    <message>
        <source>Orders cancelled</source>
        <translation>Pedidos cancelados</translation>
    </message>
    <message>
        <source>Confirmed orders from the store in the period that are now cancelled.</source>
        <translation>Pedidos confirmados da loja no período que agora estão cancelados.</translation>
    </message>
    <message>
        <source>Orders value</source>
        <translation>Valor dos pedidos</translation>
    </message>
    <message>
        <source>Value of the confirmed orders from the store (units times price), cancelled ones included.</source>
        <translation>Valor dos pedidos confirmados da loja (unidades vezes preço), incluindo os cancelados.</translation>
    </message>
    <message>
        <source>Saved sales</source>
        <translation>Vendas salvas</translation>
    </message>
    <message>
        <source>Confirmed orders with at least one item that the store did not have available when the order was placed: a sale the store would otherwise have lost.</source>
        <translation>Pedidos confirmados com pelo menos um item que a loja não tinha disponível quando o pedido foi feito: uma venda que a loja teria perdido.</translation>
    </message>
    <message>
        <source>Saved sales value</source>
        <translation>Valor das vendas salvas</translation>
    </message>
    <message>
        <source>Value of the saved sales (the whole order).</source>
        <translation>Valor das vendas salvas (o pedido inteiro).</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Entrega em casa</translation>
    </message>
    <message>
        <source>Confirmed orders shipped to the shopper&apos;s address.</source>
        <translation>Pedidos confirmados enviados ao endereço do cliente.</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Confirmed orders for collection in a store.</source>
        <translation>Pedidos confirmados para retirar numa loja.</translation>
    </message>
    <message>
        <source>Order to delivery</source>
        <translation>Do pedido à entrega</translation>
    </message>
    <message>
        <source>Average hours from placing a confirmed order of the period to its delivery or collection, over the orders delivered or collected so far; empty when none was.</source>
        <translation>Média de horas entre fazer um pedido confirmado do período e sua entrega ou retirada, sobre os pedidos entregues ou retirados até agora; vazia quando não houve nenhum.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversão</translation>
    </message>
    <message>
        <source>Share of the shoppers served in the period who made a purchase in any channel within N days after being served (N: the chain&apos;s conversion window).</source>
        <translation>Parcela dos clientes atendidos no período que fizeram uma compra em qualquer canal até N dias depois do atendimento (N: a janela de conversão da rede).</translation>
    </message>
    <message>
        <source>Influenced sales</source>
        <translation>Vendas influenciadas</translation>
    </message>
    <message>
        <source>Value of the purchases in the period (any channel) that go to the store&apos;s associates by the attribution rule: the last associate who served the shopper within N days before the purchase gets it whole, never split or doubled.</source>
        <translation>Valor das compras do período (qualquer canal) atribuídas aos vendedores da loja pela regra de atribuição: o último vendedor que atendeu o cliente nos N dias antes da compra fica com ela inteira, nunca dividida nem duplicada.</translation>
    </message>
    <message>
        <source>Influenced purchases</source>
        <translation>Compras influenciadas</translation>
    </message>
    <message>
        <source>Number of purchases counted in influenced sales.</source>
        <translation>Número de compras contadas nas vendas influenciadas.</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Tíquete médio</translation>
    </message>
    <message>
        <source>Influenced sales divided by influenced purchases; empty when there were none.</source>
        <translation>Vendas influenciadas divididas pelas compras influenciadas; vazio quando não houve nenhuma.</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Taxa de recompra</translation>
    </message>
    <message>
        <source>Share of the shoppers with an influenced purchase in the period who made more than one purchase (any channel) in the period.</source>
        <translation>Parcela dos clientes com uma compra influenciada no período que fizeram mais de uma compra (qualquer canal) no período.</translation>
    </message>
    <message>
        <source>Lifetime value of served shoppers</source>
        <translation>Valor total dos clientes atendidos</translation>
    </message>
    <message>
        <source>Average, over the shoppers served in the period, of everything each has bought (any channel, returns taken off) up to the end of the period.</source>
        <translation>Média, entre os clientes atendidos no período, de tudo o que cada um comprou (qualquer canal, descontadas as devoluções) até o fim do período.</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Mix de canais</translation>
    </message>
    <message>
        <source>Influenced sales by channel (store, web, app, marketplace): the value is the total, the parts each channel&apos;s value.</source>
        <translation>Vendas influenciadas por canal (loja, site, app, marketplace): o valor é o total, as partes o valor de cada canal.</translation>
    </message>
    <message>
        <source>A purchase (in any channel: store, web, app, marketplace) is influenced when an associate served the shopper in the N days before it (N: the chain&apos;s conversion window, 14 days unless the chain sets another). It goes whole to the last associate who served the shopper before it, and to that associate&apos;s store; it is never split between associates and never counted twice.</source>
        <translation>Uma compra (em qualquer canal: loja, site, app, marketplace) é influenciada quando um vendedor atendeu o cliente nos N dias antes dela (N: a janela de conversão da rede, 14 dias salvo se a rede definir outra). Ela vai inteira para o último vendedor que atendeu o cliente antes dela, e para a loja desse vendedor; nunca é dividida entre vendedores nem contada duas vezes.</translation>
    </message>
    <message>
        <source>an associate served a shopper when they opened the shopper&apos;s profile, added a note about them or placed an order for them at one of the store&apos;s terminals</source>
        <translation>um vendedor atendeu um cliente quando abriu o perfil do cliente, adicionou uma nota sobre ele ou fez um pedido para ele num dos terminais da loja</translation>
    </message>
</context>
<context>
    <name>StoreActivityPdf</name>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="199"/>
        <source>Store activity: {store}</source>
        <translation>Atividade da loja: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="206"/>
        <source>{first} to {last}, as of {when}</source>
        <translation>De {first} a {last}, em {when}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="216"/>
        <source>Store activity</source>
        <translation>Atividade da loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="224"/>
        <source>Counted on this terminal from its cache (not HQ&apos;s figures)</source>
        <translation>Contado neste terminal a partir do cache (não são números da central)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="257"/>
        <source>Day by day</source>
        <translation>Dia a dia</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="265"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="278"/>
        <source>Associates (by name)</source>
        <translation>Vendedores (por nome)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="283"/>
        <source>Associate</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="183"/>
        <source>Figures of {name} ({id}) only; the previous period is the store&apos;s.</source>
        <translation>Só os números de {name} ({id}); o período anterior é o da loja.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="214"/>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="215"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="17"/>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="18"/>
        <source>Silver</source>
        <translation>Prata</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="19"/>
        <source>Gold</source>
        <translation>Ouro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="20"/>
        <source>Platinum</source>
        <translation>Platina</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="27"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="28"/>
        <source>Web</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="29"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="30"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="37"/>
        <source>Associate</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="38"/>
        <source>Trainee</source>
        <translation>Estagiário</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="39"/>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="46"/>
        <source>Browsing</source>
        <translation>Só olhando</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="47"/>
        <source>Gift</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="48"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="49"/>
        <source>Alteration</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="50"/>
        <source>Return</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="51"/>
        <source>Pick-up</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="52"/>
        <source>Appointment</source>
        <translation>Horário marcado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="53"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="60"/>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="61"/>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="62"/>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="63"/>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="70"/>
        <source>Placed</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="71"/>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="72"/>
        <source>Picked</source>
        <translation>Separado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="73"/>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="74"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="75"/>
        <source>Ready for pick-up</source>
        <translation>Pronto para retirada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="76"/>
        <source>Collected</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="77"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="85"/>
        <source>the stores</source>
        <translation>as lojas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="86"/>
        <source>the products</source>
        <translation>os produtos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="87"/>
        <source>the associates</source>
        <translation>os vendedores</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="88"/>
        <source>the shoppers</source>
        <translation>os clientes</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="89"/>
        <source>the purchases</source>
        <translation>as compras</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="90"/>
        <source>the notes</source>
        <translation>as notas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="91"/>
        <source>the wishlists</source>
        <translation>as listas de desejos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="92"/>
        <source>the tasks</source>
        <translation>as tarefas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="93"/>
        <source>the stock</source>
        <translation>o estoque</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="94"/>
        <source>the orders</source>
        <translation>os pedidos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="156"/>
        <source>Apartment, floor (optional)</source>
        <translation>Apartamento, andar (opcional)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="159"/>
        <source>Region (optional)</source>
        <translation>Estado (opcional)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="160"/>
        <source>Country (two letters)</source>
        <translation>País (duas letras)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="171"/>
        <source>Delivery address</source>
        <translation>Endereço de entrega</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="155"/>
        <source>Street and number</source>
        <translation>Rua e número</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="157"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="158"/>
        <source>Postcode</source>
        <translation>CEP</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="172"/>
        <source>Pick-up store</source>
        <translation>Loja de retirada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="173"/>
        <location filename="../../clienteling/ui/texts.py" line="174"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="175"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="195"/>
        <source>this shopper is no longer on this terminal (erased, or moved out of this store&apos;s list at HQ); find them again</source>
        <translation>este cliente não está mais neste terminal (apagado, ou fora da lista desta loja na central); encontre-o de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="201"/>
        <source>item {sku} is no longer in the catalog on this terminal; choose another</source>
        <translation>o item {sku} não está mais no catálogo deste terminal; escolha outro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="205"/>
        <source>this store no longer ships to the shopper&apos;s home (switched off at HQ); choose pick-up in a store</source>
        <translation>esta loja não entrega mais na casa do cliente (desligado na central); escolha retirada em loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="155"/>
        <location filename="../../clienteling/ui/texts.py" line="215"/>
        <source>{field}: {why}</source>
        <translation>{field}: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="199"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="201"/>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="220"/>
        <source>as of {age}</source>
        <translation>atualizado {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="131"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="146"/>
        <source>Queued — will be sent when HQ is back</source>
        <translation>Na fila — será enviado quando a central voltar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="148"/>
        <source>Refused by HQ</source>
        <translation>Recusado pela central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="131"/>
        <source>Beige</source>
        <translation>Bege</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="127"/>
        <source>Black</source>
        <translation>Preto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="134"/>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="135"/>
        <source>Brown</source>
        <translation>Marrom</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="112"/>
        <source>Event-goer</source>
        <translation>Frequenta eventos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="110"/>
        <source>Gift buyer</source>
        <translation>Compra presentes</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="136"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="130"/>
        <source>Grey</source>
        <translation>Cinza</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="108"/>
        <source>Lapsed</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="129"/>
        <source>Navy</source>
        <translation>Azul-marinho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="107"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="132"/>
        <source>Olive</source>
        <translation>Oliva</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="111"/>
        <source>Online first</source>
        <translation>Prefere online</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="133"/>
        <source>Red</source>
        <translation>Vermelho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="109"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="128"/>
        <source>White</source>
        <translation>Branco</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="48"/>
        <source>Something went wrong ({kind}); try again</source>
        <translation>Algo deu errado ({kind}); tente de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="75"/>
        <source>HQ does not recognise this sign-in; sign in again</source>
        <translation>a central não reconhece este acesso; entre de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="78"/>
        <source>your session expired; sign in again (your work is kept)</source>
        <translation>sua sessão expirou; entre de novo (seu trabalho está guardado)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="81"/>
        <source>your session was ended at HQ (PIN changed, employee id disabled or terminal revoked); sign in again, or ask the store manager</source>
        <translation>sua sessão foi encerrada na central (PIN trocado, matrícula desativada ou terminal revogado); entre de novo ou fale com o gerente da loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="86"/>
        <source>this terminal was revoked at HQ; it must be enrolled again with a new code</source>
        <translation>este terminal foi revogado na central; é preciso cadastrá-lo de novo com um código novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="89"/>
        <source>the authority to send these offline writes ended at HQ, so they were set aside; sign in on this terminal while HQ answers</source>
        <translation>a autorização para enviar o que foi registrado off-line terminou na central, então foi deixado de lado; entre neste terminal com a central acessível</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="94"/>
        <source>the employee id or PIN is wrong (associates sign in at the terminals of their own store)</source>
        <translation>a matrícula ou o PIN está errado (cada vendedor entra nos terminais da própria loja)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="98"/>
        <source>this enrollment code is not known; check it or ask for a new one</source>
        <translation>este código de cadastro não é conhecido; confira ou peça um novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="101"/>
        <source>this enrollment code has expired; ask for a new one</source>
        <translation>este código de cadastro expirou; peça um novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="104"/>
        <source>this enrollment code was already used; ask for a new one</source>
        <translation>este código de cadastro já foi usado; peça um novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="107"/>
        <source>HQ does not allow this for your role or for this store</source>
        <translation>a central não permite isto para a sua função ou para esta loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="110"/>
        <source>HQ did not find this (it may have been removed); refresh and try again</source>
        <translation>a central não encontrou isto (pode ter sido removido); atualize e tente de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="72"/>
        <source>HQ does not know this shopper; search for the shopper again</source>
        <translation>a central não conhece este cliente; pesquise o cliente de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="113"/>
        <source>HQ does not take this request (this terminal and HQ may run different versions); tell IT support</source>
        <translation>a central não aceita este pedido de dados (o terminal e a central podem estar em versões diferentes); avise o suporte de TI</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="118"/>
        <source>HQ already holds a different request under this one&apos;s number, so it was set aside; tell IT support</source>
        <translation>a central já tem outra solicitação com este mesmo número, então esta foi deixada de lado; avise o suporte de TI</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="123"/>
        <source>the order cannot move to that status from where it stands now; open the orders again</source>
        <translation>o pedido não pode passar para essa situação a partir da atual; abra os pedidos de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="127"/>
        <source>this is too large for HQ to take; make it shorter</source>
        <translation>isto é grande demais para a central aceitar; encurte</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="130"/>
        <source>this shopper&apos;s data was erased at HQ; nothing about them is kept or sent, so this was not carried out</source>
        <translation>os dados deste cliente foram apagados na central; nada sobre ele é guardado ou enviado, então isto não foi feito</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="135"/>
        <source>HQ failed on this request; try again later</source>
        <translation>a central falhou neste pedido; tente de novo mais tarde</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="136"/>
        <source>HQ cannot answer right now; try again in a few minutes</source>
        <translation>a central não pode responder agora; tente de novo em alguns minutos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="164"/>
        <source>HQ did not accept the request as it was sent; check what you typed and try again</source>
        <translation>a central não aceitou o pedido como foi enviado; confira o que foi digitado e tente de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="160"/>
        <location filename="../../clienteling/ui/error_words.py" line="168"/>
        <source>HQ did not accept what was typed ({fields}); correct it and try again</source>
        <translation>a central não aceitou o que foi digitado ({fields}); corrija e tente de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="176"/>
        <source>too many wrong PINs: try again later or ask a manager to reset the PIN</source>
        <translation>PIN errado vezes demais: tente de novo mais tarde ou peça ao gerente para redefinir o PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="179"/>
        <source>too many wrong PINs: try again after {time} or ask a manager to reset the PIN</source>
        <translation>PIN errado vezes demais: tente de novo depois das {time} ou peça ao gerente para redefinir o PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="69"/>
        <source>not enough stock for this order; pick an alternative</source>
        <translation>não há estoque suficiente para este pedido; escolha uma alternativa</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="187"/>
        <source>HQ no longer accepts this version of Clienteling: install the chain&apos;s current version and start it again (queued orders and notes are kept and sent then)</source>
        <translation>a central não aceita mais esta versão do Clienteling: instale a versão atual da rede e abra de novo (pedidos e notas na fila ficam guardados e são enviados depois)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="192"/>
        <source>HQ no longer accepts this version of Clienteling: install Clienteling {version} or newer and start it again (queued orders and notes are kept and sent then)</source>
        <translation>a central não aceita mais esta versão do Clienteling: instale o Clienteling {version} ou mais novo e abra de novo (pedidos e notas na fila ficam guardados e são enviados depois)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="205"/>
        <source>the chain switched this off for this store at HQ</source>
        <translation>a rede desligou isto para esta loja na central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="212"/>
        <source>your PIN was changed at HQ; sign in again with the new PIN</source>
        <translation>seu PIN foi trocado na central; entre de novo com o novo PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="216"/>
        <source>your employee id was disabled at HQ; ask the store manager</source>
        <translation>sua matrícula foi desativada na central; fale com o gerente da loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="260"/>
        <source>HQ answered with an error ({status}); try again later</source>
        <translation>a central respondeu com um erro ({status}); tente de novo mais tarde</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="263"/>
        <source>HQ failed on this request; trying again</source>
        <translation>a central falhou neste pedido; tentando de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="264"/>
        <source>HQ is having trouble; trying again</source>
        <translation>a central está com problemas; tentando de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="265"/>
        <source>HQ cannot be reached; working offline</source>
        <translation>sem conexão com a central; trabalhando off-line</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="266"/>
        <source>HQ&apos;s certificate was refused (TLS); tell IT support</source>
        <translation>o certificado da central foi recusado (TLS); avise o suporte de TI</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="269"/>
        <source>HQ sent something that could not be read; the sync will try again</source>
        <translation>a central enviou algo que não pôde ser lido; a sincronização vai tentar de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="273"/>
        <source>type the employee id and the PIN</source>
        <translation>digite a matrícula e o PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="274"/>
        <source>sign in first</source>
        <translation>entre primeiro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="275"/>
        <source>HQ cannot be reached and this PIN was not used online on this terminal before; sign in once while the network is up</source>
        <translation>sem conexão com a central, e este PIN ainda não foi usado on-line neste terminal; entre uma vez com a rede funcionando</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="280"/>
        <source>{employee_id} is not an active associate of this store</source>
        <translation>{employee_id} não é um vendedor ativo desta loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="283"/>
        <source>offline sign-in is locked for this associate after too many wrong PINs; sign in once while HQ can be reached, or ask a manager to unlock it</source>
        <translation>o acesso off-line deste vendedor está bloqueado por PIN errado vezes demais; entre uma vez com a central acessível ou peça ao gerente para desbloquear</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="288"/>
        <source>too many wrong PINs while HQ cannot be reached: try again in {seconds} s</source>
        <translation>PIN errado vezes demais sem conexão com a central: tente de novo em {seconds} s</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="291"/>
        <source>this needs HQ: you signed in while HQ could not be reached; sign out and in again once it answers</source>
        <translation>isto precisa da central: você entrou sem conexão com ela; saia e entre de novo quando ela responder</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="296"/>
        <source>sign in while HQ answers to look shoppers up at HQ</source>
        <translation>entre com a central acessível para buscar clientes na central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="300"/>
        <source>this shopper is not on this terminal; search for them again</source>
        <translation>este cliente não está neste terminal; pesquise-o de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="303"/>
        <source>this store does not record shoppers&apos; feedback (switched off at HQ)</source>
        <translation>esta loja não registra a avaliação dos clientes (desligado na central)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="306"/>
        <source>the text has a character that cannot be stored ({char}); remove it</source>
        <translation>o texto tem um caractere que não pode ser guardado ({char}); remova-o</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="309"/>
        <source>this order is not on this terminal</source>
        <translation>este pedido não está neste terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="310"/>
        <source>this order reached HQ meanwhile; open the orders again</source>
        <translation>este pedido chegou à central nesse meio-tempo; abra os pedidos de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="313"/>
        <source>HQ refused to cancel this order</source>
        <translation>a central recusou o cancelamento deste pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="315"/>
        <source>it acts on an earlier write HQ refused, so it was set aside too</source>
        <translation>depende de um registro anterior que a central recusou, então também foi deixado de lado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="318"/>
        <source>HQ failed on this write {tries} times, so it was set aside; the shopper&apos;s other writes go on (tell IT support)</source>
        <translation>a central falhou neste registro {tries} vezes, então ele foi deixado de lado; os outros registros do cliente seguem (avise o suporte de TI)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="324"/>
        <source>choose the first and the last day of the period</source>
        <translation>escolha o primeiro e o último dia do período</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="325"/>
        <source>the last day is before the first: choose them again</source>
        <translation>o último dia é anterior ao primeiro: escolha de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="328"/>
        <source>choose a period of at most a year</source>
        <translation>escolha um período de no máximo um ano</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="329"/>
        <source>this is the terminal you are using; revoke it from another terminal or at HQ</source>
        <translation>este é o terminal que você está usando; revogue-o de outro terminal ou na central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="333"/>
        <source>{address} is not an HQ address: give https://host (plain http only to this machine)</source>
        <translation>{address} não é um endereço da central: informe https://servidor (http simples só para esta máquina)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="337"/>
        <source>training mode is switched off for {store} at HQ; ask the chain&apos;s IT to switch it on</source>
        <translation>o modo de treinamento está desligado para {store} na central; peça à TI da rede para ligá-lo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="342"/>
        <source>this terminal is not enrolled; enroll it with an enrollment code from HQ</source>
        <translation>este terminal não está cadastrado; cadastre-o com um código de cadastro da central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="345"/>
        <source>this terminal&apos;s settings are damaged; enroll the terminal again</source>
        <translation>as configurações deste terminal estão danificadas; cadastre o terminal de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="348"/>
        <source>the HQ address in this terminal&apos;s settings is not one a terminal may use (https only); enroll the terminal again with HQ&apos;s https address</source>
        <translation>o endereço da central nas configurações deste terminal não pode ser usado por um terminal (só https); cadastre o terminal de novo com o endereço https da central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="353"/>
        <source>this computer has no secure keyring for the terminal&apos;s secrets: on Linux install gnome-keyring and run the app in a desktop session (README, &apos;Kiosk terminals&apos;)</source>
        <translation>este computador não tem um chaveiro seguro para os segredos do terminal: no Linux, instale o gnome-keyring e rode o app em uma sessão de desktop (README, &apos;Kiosk terminals&apos;)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="358"/>
        <source>the keyring with this terminal&apos;s secrets could not be read; unlock it and start the app again</source>
        <translation>o chaveiro com os segredos deste terminal não pôde ser lido; desbloqueie-o e abra o app de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="363"/>
        <source>the keyring did not store this terminal&apos;s secret; unlock it, or tell IT support</source>
        <translation>o chaveiro não guardou o segredo deste terminal; desbloqueie-o ou avise o suporte de TI</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="366"/>
        <source>training talks only to its own HQ on this computer, never to {address}</source>
        <translation>o treinamento só fala com a própria central neste computador, nunca com {address}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="369"/>
        <source>this terminal&apos;s data cannot be opened with its key (the key was lost or replaced); it will sync again from HQ, and queued orders in the old file are kept aside</source>
        <translation>os dados deste terminal não abrem com a chave dele (a chave foi perdida ou trocada); ele vai sincronizar de novo com a central, e os pedidos na fila do arquivo antigo ficam guardados à parte</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="374"/>
        <source>this terminal&apos;s data is damaged; it will sync again from HQ</source>
        <translation>os dados deste terminal estão danificados; ele vai sincronizar de novo com a central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="377"/>
        <source>the terminal&apos;s disk is full: free some space; nothing queued was lost</source>
        <translation>o disco do terminal está cheio: libere espaço; nada na fila foi perdido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="380"/>
        <source>the terminal cannot write its data (the file is read-only or cannot be opened); ask IT to check the data folder, then start Clienteling again; nothing queued was lost</source>
        <translation>o terminal não consegue gravar seus dados (o arquivo é somente leitura ou não pode ser aberto); peça à TI para verificar a pasta de dados e abra o Clienteling de novo; nada na fila foi perdido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="385"/>
        <source>the disk failed while the terminal read or wrote its data; start Clienteling again, and if it happens again ask IT to check the disk</source>
        <translation>o disco falhou enquanto o terminal lia ou gravava seus dados; abra o Clienteling de novo e, se acontecer outra vez, peça à TI para verificar o disco</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="390"/>
        <source>another program is holding this terminal&apos;s data; close any other Clienteling window on this computer, then start again</source>
        <translation>outro programa está usando os dados deste terminal; feche qualquer outra janela do Clienteling neste computador e abra de novo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="395"/>
        <source>the terminal&apos;s data could not be used; start Clienteling again, and if it happens again ask IT (clienteling status shows the details)</source>
        <translation>não foi possível usar os dados do terminal; abra o Clienteling de novo e, se acontecer outra vez, fale com a TI (clienteling status mostra os detalhes)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="400"/>
        <source>this terminal&apos;s data was written by a newer Clienteling; update this terminal</source>
        <translation>os dados deste terminal foram gravados por um Clienteling mais novo; atualize este terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="403"/>
        <source>this folder holds training data; a production terminal does not open it</source>
        <translation>esta pasta tem dados de treinamento; um terminal de produção não a abre</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="406"/>
        <source>this folder holds production data; a training terminal does not open it</source>
        <translation>esta pasta tem dados de produção; um terminal de treinamento não a abre</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="410"/>
        <source>this picture is too large to read; crop or shrink it</source>
        <translation>esta imagem é grande demais para ler; corte ou reduza</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="413"/>
        <source>this is not a picture the app can read (PNG, JPEG...)</source>
        <translation>isto não é uma imagem que o app consiga ler (PNG, JPEG...)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="416"/>
        <source>this picture is damaged or cut short</source>
        <translation>esta imagem está danificada ou incompleta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="417"/>
        <source>this picture cannot be opened</source>
        <translation>esta imagem não pode ser aberta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="422"/>
        <source>write the note (at most 2000 characters)</source>
        <translation>escreva a nota (no máximo 2000 caracteres)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="423"/>
        <source>choose a reason for the visit</source>
        <translation>escolha o motivo da visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="424"/>
        <source>write what to follow up (at most 200 characters)</source>
        <translation>escreva o que retomar (no máximo 200 caracteres)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="425"/>
        <source>a size is at most 16 characters (at most 30 categories)</source>
        <translation>um tamanho tem no máximo 16 caracteres (no máximo 30 categorias)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="426"/>
        <source>the fit is at most 40 characters</source>
        <translation>o caimento tem no máximo 40 caracteres</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="427"/>
        <source>at most 30 brands</source>
        <translation>no máximo 30 marcas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="428"/>
        <source>at most 30 colours</source>
        <translation>no máximo 30 cores</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="429"/>
        <source>at most 30 styles</source>
        <translation>no máximo 30 estilos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="430"/>
        <source>choose a score from 1 to 5</source>
        <translation>escolha uma nota de 1 a 5</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="431"/>
        <source>the comment is at most 2000 characters</source>
        <translation>o comentário tem no máximo 2000 caracteres</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="16"/>
        <source>this value is not accepted</source>
        <translation>este valor não é aceito</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="18"/>
        <source>give a number</source>
        <translation>informe um número</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="19"/>
        <source>give a date</source>
        <translation>informe uma data</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="20"/>
        <source>give a date and a time</source>
        <translation>informe uma data e uma hora</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="21"/>
        <source>choose one of the values offered</source>
        <translation>escolha um dos valores oferecidos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="26"/>
        <location filename="../../clienteling/ui/field_reasons.py" line="27"/>
        <source>fill this in</source>
        <translation>preencha</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="28"/>
        <source>at most {max_length} characters</source>
        <translation>no máximo {max_length} caracteres</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="29"/>
        <source>at least {min_length} characters</source>
        <translation>no mínimo {min_length} caracteres</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="30"/>
        <source>at most {max_length} items</source>
        <translation>no máximo {max_length} itens</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="31"/>
        <source>at least {min_length} items</source>
        <translation>no mínimo {min_length} itens</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="32"/>
        <source>at least {ge}</source>
        <translation>no mínimo {ge}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="33"/>
        <source>more than {gt}</source>
        <translation>mais que {gt}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="34"/>
        <source>at most {le}</source>
        <translation>no máximo {le}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="35"/>
        <source>less than {lt}</source>
        <translation>menos que {lt}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="36"/>
        <source>this is not written as expected</source>
        <translation>não está escrito da forma esperada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="37"/>
        <source>give a text</source>
        <translation>informe um texto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="38"/>
        <location filename="../../clienteling/ui/field_reasons.py" line="39"/>
        <location filename="../../clienteling/ui/field_reasons.py" line="40"/>
        <source>give a whole number</source>
        <translation>informe um número inteiro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="46"/>
        <source>this number is too large</source>
        <translation>este número é grande demais</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="47"/>
        <location filename="../../clienteling/ui/field_reasons.py" line="48"/>
        <source>answer yes or no</source>
        <translation>responda sim ou não</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="60"/>
        <source>has a character that cannot be stored ({code}); remove it</source>
        <translation>tem um caractere que não pode ser guardado ({code}); remova-o</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <location filename="../../clienteling/ui/training_band.py" line="28"/>
        <location filename="../../clienteling/ui/training_band.py" line="70"/>
        <source>TRAINING</source>
        <translation>TREINAMENTO</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_band.py" line="30"/>
        <source>Practice store: nothing here is real</source>
        <translation>Loja de prática: nada aqui é real</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="24"/>
        <source>Training mode is switched off for {store} at HQ. Ask your manager to have it switched on.</source>
        <translation>O modo de treinamento está desativado para {store} na matriz. Peça ao seu gerente para ativá-lo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="63"/>
        <source>Reset the practice store</source>
        <translation>Restaurar a loja de treino</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="79"/>
        <source>Cut the network</source>
        <translation>Cortar a rede</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="79"/>
        <source>Network back</source>
        <translation>Rede de volta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="116"/>
        <source>Resetting the practice store</source>
        <translation>Restaurando a loja de treino</translation>
    </message>
</context>
<context>
    <name>TrainingOffer</name>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="40"/>
        <location filename="../../clienteling/ui/training_offer.py" line="41"/>
        <source>Your training results</source>
        <translation>Seus resultados de treinamento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="45"/>
        <source>Training mode on this machine left these finished scenarios under your employee ID. Are they yours? Only yours go to your manager.</source>
        <translation>O modo de treinamento nesta máquina deixou estes cenários concluídos com a sua matrícula. São seus? Só os seus vão para o seu gerente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="55"/>
        <source>Yes, send them to my manager</source>
        <translation>Sim, enviar ao meu gerente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="56"/>
        <source>Not mine: never send them</source>
        <translation>Não são meus: nunca enviar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="57"/>
        <source>Decide later</source>
        <translation>Decidir depois</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="70"/>
        <source>• {scenario}, {date}: {time}, hints {hints}, mistakes {mistakes}</source>
        <translation>• {scenario}, {date}: {time}, dicas {hints}, erros {mistakes}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="88"/>
        <source>That did not work: {why}</source>
        <translation>Não deu certo: {why}</translation>
    </message>
</context>
<context>
    <name>TrainingScenario</name>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="8"/>
        <source>Find a returning shopper by phone</source>
        <translation>Encontrar um cliente que voltou pelo telefone</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="9"/>
        <source>A returning shopper gives only the end of their phone number and says why they came in.</source>
        <translation>Um cliente que voltou informa só o final do telefone e diz por que veio.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="10"/>
        <source>Search for the phone ending {phone_fragment}</source>
        <translation>Busque o telefone que termina em {phone_fragment}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="11"/>
        <source>On the shopper search, type only the digits {phone_fragment}: the search matches the end of phone numbers.</source>
        <translation>Na busca de clientes, digite só os dígitos {phone_fragment}: a busca compara com o final dos telefones.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="12"/>
        <source>Whose card does the search for {phone_fragment} find?</source>
        <translation>De quem é o cartão que a busca por {phone_fragment} encontra?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="13"/>
        <source>Type the last digits of the phone; the card that matches shows the number masked, with the shopper&apos;s name.</source>
        <translation>Digite os últimos dígitos do telefone; o cartão encontrado mostra o número mascarado, com o nome do cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="14"/>
        <source>Record the reason for the visit</source>
        <translation>Registre o motivo da visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="15"/>
        <source>Open {shopper_name}&apos;s profile, add a note, choose the reason for the visit and write what they are looking for.</source>
        <translation>Abra o perfil de {shopper_name}, adicione uma nota, escolha o motivo da visita e escreva o que procura.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="16"/>
        <source>That note went on another shopper&apos;s profile. Check the name at the top of the profile before you write: open {shopper_name} and add the note there.</source>
        <translation>Essa nota foi para o perfil de outro cliente. Confira o nome no topo do perfil antes de escrever: abra {shopper_name} e adicione a nota lá.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="17"/>
        <source>Open a shopper from their loyalty card</source>
        <translation>Abrir um cliente pelo cartão fidelidade</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="18"/>
        <source>A member from another region shows their loyalty card, printed or on their phone, and wants to be served as a member.</source>
        <translation>Um cliente de outra região mostra o cartão fidelidade, impresso ou no celular, e quer ser atendido como membro.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="19"/>
        <source>Scan the loyalty card</source>
        <translation>Escaneie o cartão fidelidade</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="20"/>
        <source>Scan the card&apos;s QR code with the scanner or the camera. No card at hand? Type {loyalty_id} in the search and press Enter, as a scanner does.</source>
        <translation>Escaneie o QR do cartão com o leitor ou a câmera. Sem cartão em mãos? Digite {loyalty_id} na busca e pressione Enter, como faz um leitor.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="21"/>
        <source>On {shopper_name}&apos;s profile (home store: {home_store_name}), add a note with the reason for the visit.</source>
        <translation>No perfil de {shopper_name} (loja de origem: {home_store_name}), adicione uma nota com o motivo da visita.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="22"/>
        <source>That note went on another shopper&apos;s profile. The card opens the right shopper: scan it again and write the note on {shopper_name}&apos;s profile.</source>
        <translation>Essa nota foi para o perfil de outro cliente. O cartão abre o cliente certo: escaneie de novo e escreva a nota no perfil de {shopper_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="23"/>
        <source>Order the right size from another store for delivery</source>
        <translation>Pedir o tamanho certo de outra loja para entrega</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="24"/>
        <source>{shopper_name} wants {product_name} in size {size}, which this store no longer has, delivered to their home.</source>
        <translation>{shopper_name} quer {product_name} no tamanho {size}, que esta loja não tem mais, com entrega em casa.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="25"/>
        <source>Find a store with size {size}</source>
        <translation>Encontre uma loja com o tamanho {size}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="26"/>
        <source>Search for {product_name} and open its stock: the grid shows the sizes here, the list below the other stores.</source>
        <translation>Busque {product_name} e abra o estoque: a grade mostra os tamanhos aqui, a lista abaixo as outras lojas.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="27"/>
        <source>Which store has {product_name} in size {size}?</source>
        <translation>Qual loja tem {product_name} no tamanho {size}?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="28"/>
        <source>No store has it</source>
        <translation>Nenhuma loja tem</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="29"/>
        <source>The item&apos;s stock lists every store with the size and how many they can sell; this store has none left in size {size}.</source>
        <translation>O estoque do item lista cada loja com o tamanho e quantas unidades pode vender; esta loja não tem mais o tamanho {size}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="30"/>
        <source>Order size {size} for home delivery</source>
        <translation>Peça o tamanho {size} com entrega em casa</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="31"/>
        <source>From the stock screen, choose size {size} and Order: {source_store_name} as the source, delivery to {shopper_name}&apos;s address.</source>
        <translation>Na tela de estoque, escolha o tamanho {size} e Pedido: {source_store_name} como origem, entrega no endereço de {shopper_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="32"/>
        <source>That order is for another size of {product_name}. The shopper asked for size {size}: cancel that order on the orders screen and order size {size}.</source>
        <translation>Esse pedido é de outro tamanho de {product_name}. O cliente pediu o tamanho {size}: cancele esse pedido na tela de pedidos e peça o tamanho {size}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="33"/>
        <source>The shopper wants it delivered to their home, not picked up. Cancel that order and choose delivery.</source>
        <translation>O cliente quer receber em casa, não retirar na loja. Cancele esse pedido e escolha entrega.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="34"/>
        <source>See the order confirmed</source>
        <translation>Veja o pedido confirmado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="35"/>
        <source>The orders screen shows the order as confirmed once HQ has reserved the item at {source_store_name}.</source>
        <translation>A tela de pedidos mostra o pedido como confirmado assim que a sede reserva o item em {source_store_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="36"/>
        <source>Order the right size from another store for pick-up here</source>
        <translation>Pedir o tamanho certo de outra loja para retirar aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="37"/>
        <source>{shopper_name} wants {product_name} in size {size}, which this store no longer has, and will collect it here.</source>
        <translation>{shopper_name} quer {product_name} no tamanho {size}, que esta loja não tem mais, e vai retirar aqui.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="38"/>
        <source>Order size {size} for pick-up in this store</source>
        <translation>Peça o tamanho {size} para retirar nesta loja</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="39"/>
        <source>From the stock screen, choose size {size} and Order: {source_store_name} as the source, pick-up at {store_name}.</source>
        <translation>Na tela de estoque, escolha o tamanho {size} e Pedido: {source_store_name} como origem, retirada em {store_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="40"/>
        <source>The shopper will collect it here, at {store_name}. Cancel that order and choose pick-up in this store.</source>
        <translation>O cliente vai retirar aqui, em {store_name}. Cancele esse pedido e escolha retirada nesta loja.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="41"/>
        <source>Place an order while the network is down</source>
        <translation>Fazer um pedido com a rede fora do ar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="42"/>
        <source>{shopper_name} wants {product_name} in size {size} set aside for pick-up, and the network goes down.</source>
        <translation>{shopper_name} quer reservar {product_name} no tamanho {size} para retirada, e a rede cai.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="43"/>
        <source>Cut the network</source>
        <translation>Cortar a rede</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="44"/>
        <source>Press Cut the network in the TRAINING band. The app finds out by itself: watch for the offline banner.</source>
        <translation>Toque em Cortar a rede na faixa TREINAMENTO. O app percebe sozinho: observe o aviso de sem conexão.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="45"/>
        <source>That order reached HQ at once: the network was still up. Cut the network first, then place the order.</source>
        <translation>Esse pedido chegou à sede na hora: a rede ainda estava no ar. Corte a rede primeiro e depois faça o pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="46"/>
        <source>Order size {size} for pick-up while offline</source>
        <translation>Peça o tamanho {size} para retirada sem conexão</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="47"/>
        <source>Place the order as usual, pick-up at {store_name}. It is saved on this terminal and waits to be sent; the orders screen shows it as waiting.</source>
        <translation>Faça o pedido como sempre, retirada em {store_name}. Ele fica salvo neste terminal e aguarda o envio; a tela de pedidos o mostra como aguardando.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="48"/>
        <source>Bring the network back</source>
        <translation>Traga a rede de volta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="49"/>
        <source>Press Network back in the TRAINING band. The app notices that HQ answers again and sends what waited.</source>
        <translation>Toque em Rede de volta na faixa TREINAMENTO. O app percebe que a sede responde de novo e envia o que estava aguardando.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="50"/>
        <source>After the next sync the orders screen shows the order as confirmed: nothing had to be typed again.</source>
        <translation>Após a próxima sincronização, a tela de pedidos mostra o pedido como confirmado: nada precisou ser digitado de novo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="51"/>
        <source>Handle a refused order</source>
        <translation>Resolver um pedido recusado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="52"/>
        <source>{shopper_name} wants {product_name} in size {size}; {source_store_name} has the last one.</source>
        <translation>{shopper_name} quer {product_name} no tamanho {size}; {source_store_name} tem a última unidade.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="53"/>
        <source>Check the stock of size {size}</source>
        <translation>Confira o estoque do tamanho {size}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="54"/>
        <source>Search for {product_name} and open its stock; look at {source_store_name} in the list of stores.</source>
        <translation>Busque {product_name} e abra o estoque; veja {source_store_name} na lista de lojas.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="55"/>
        <source>How many {product_name} in size {size} can {source_store_name} still sell?</source>
        <translation>Quantas unidades de {product_name} no tamanho {size} {source_store_name} ainda pode vender?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="56"/>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="57"/>
        <source>One</source>
        <translation>Uma</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="58"/>
        <source>More than five</source>
        <translation>Mais de cinco</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="59"/>
        <source>The stock screen shows what each store can sell: what it has, less what is already reserved for other orders.</source>
        <translation>A tela de estoque mostra o que cada loja pode vender: o que ela tem, menos o que já está reservado para outros pedidos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="60"/>
        <source>Order it from {source_store_name} for pick-up here</source>
        <translation>Peça em {source_store_name} para retirar aqui</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="61"/>
        <source>Order size {size} with {source_store_name} as the source and pick-up at {store_name}, right away.</source>
        <translation>Peça já o tamanho {size} com {source_store_name} como origem e retirada em {store_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="62"/>
        <source>Choose an alternative</source>
        <translation>Escolha uma alternativa</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="63"/>
        <source>HQ refused the order: the last unit went to another store&apos;s shopper. On the refused order, choose one of the alternatives HQ offers (another store, or another size or colour) with the shopper&apos;s agreement.</source>
        <translation>A sede recusou o pedido: a última unidade foi para um cliente de outra loja. No pedido recusado, escolha uma das alternativas que a sede oferece (outra loja, ou outro tamanho ou cor) com a concordância do cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="64"/>
        <source>Serve a shopper who did not consent to profiling</source>
        <translation>Atender um cliente que não consentiu com a criação de perfil</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="65"/>
        <source>{shopper_name} did not agree to profiling and asks for help choosing a gift.</source>
        <translation>{shopper_name} não concordou com a criação de perfil e pede ajuda para escolher um presente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="66"/>
        <source>Open the profile and look for suggestions</source>
        <translation>Abra o perfil e procure as sugestões</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="67"/>
        <source>Open {shopper_name}&apos;s profile: where other profiles suggest items, this one shows none.</source>
        <translation>Abra o perfil de {shopper_name}: onde outros perfis sugerem itens, este não mostra nenhum.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="68"/>
        <source>Why does {shopper_name}&apos;s profile show no suggestions?</source>
        <translation>Por que o perfil de {shopper_name} não mostra sugestões?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="69"/>
        <source>They have never bought anything</source>
        <translation>Nunca comprou nada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="70"/>
        <source>They did not consent to profiling, so their history is not used to suggest items</source>
        <translation>Não consentiu com a criação de perfil, então o histórico não é usado para sugerir itens</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="71"/>
        <source>Suggestions need the network</source>
        <translation>As sugestões precisam da rede</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="72"/>
        <source>Without consent to profiling the app does not use the shopper&apos;s history to suggest items. Help them by asking what they want.</source>
        <translation>Sem consentimento para a criação de perfil, o app não usa o histórico do cliente para sugerir itens. Ajude perguntando o que ele quer.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="73"/>
        <source>Note what they are looking for</source>
        <translation>Anote o que procura</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="74"/>
        <source>Add a note on {shopper_name}&apos;s profile with the reason Gift and what they told you. Leave their consent as it is.</source>
        <translation>Adicione uma nota no perfil de {shopper_name} com o motivo Presente e o que ele contou. Deixe o consentimento como está.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="75"/>
        <source>Consent is the shopper&apos;s choice: change it only when they ask you to. Suggestions are not a reason to switch profiling on.</source>
        <translation>O consentimento é escolha do cliente: altere só quando ele pedir. Sugestões não são motivo para ativar a criação de perfil.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="76"/>
        <source>That note went on another shopper&apos;s profile. Open {shopper_name} and add the note there.</source>
        <translation>Essa nota foi para o perfil de outro cliente. Abra {shopper_name} e adicione a nota lá.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="77"/>
        <source>Record sizes, preferences and a follow-up</source>
        <translation>Registrar tamanhos, preferências e um acompanhamento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="78"/>
        <source>{shopper_name} tells you their sizes and what they like, and wants a call when new arrivals come in.</source>
        <translation>{shopper_name} conta seus tamanhos e do que gosta, e quer uma ligação quando chegarem novidades.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="79"/>
        <source>Record two of their sizes</source>
        <translation>Registre dois tamanhos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="80"/>
        <source>On {shopper_name}&apos;s profile, edit the sizes and preferences: enter a size for two categories, then save.</source>
        <translation>No perfil de {shopper_name}, edite tamanhos e preferências: informe um tamanho para duas categorias e salve.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="81"/>
        <source>Those sizes went on another shopper&apos;s profile. Check the name at the top of the profile: the sizes are {shopper_name}&apos;s.</source>
        <translation>Esses tamanhos foram para o perfil de outro cliente. Confira o nome no topo do perfil: os tamanhos são de {shopper_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="82"/>
        <source>Record what they like</source>
        <translation>Registre do que gosta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="83"/>
        <source>In the same place, add a colour, a brand or a style they like, then save.</source>
        <translation>No mesmo lugar, adicione uma cor, uma marca ou um estilo de que gosta e salve.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="84"/>
        <source>Plan the call about new arrivals</source>
        <translation>Agende a ligação sobre novidades</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="85"/>
        <source>Add a follow-up on {shopper_name}&apos;s profile, for example &quot;Call about new arrivals&quot;, with a due date.</source>
        <translation>Adicione um acompanhamento no perfil de {shopper_name}, por exemplo &quot;Ligar sobre novidades&quot;, com uma data.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="86"/>
        <source>Erase a shopper on request</source>
        <translation>Apagar um cliente a pedido dele</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="87"/>
        <source>{shopper_name} asks the store to erase all their data.</source>
        <translation>{shopper_name} pede que a loja apague todos os seus dados.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="88"/>
        <source>Sign in as a manager</source>
        <translation>Entre como gerente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="89"/>
        <source>Only a manager may erase a shopper: sign in as {associate_name}.</source>
        <translation>Só um gerente pode apagar um cliente: entre como {associate_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="90"/>
        <source>Know what erasing does</source>
        <translation>Saiba o que apagar faz</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="91"/>
        <source>Erasing is for good: think of what the shopper asked for.</source>
        <translation>Apagar é definitivo: pense no que o cliente pediu.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="92"/>
        <source>What does erasing a shopper do?</source>
        <translation>O que acontece ao apagar um cliente?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="93"/>
        <source>It hides the shopper on this terminal only</source>
        <translation>Esconde o cliente só neste terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="94"/>
        <source>It stops marketing e-mails and keeps the profile</source>
        <translation>Para os e-mails de marketing e mantém o perfil</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="95"/>
        <source>HQ deletes the shopper&apos;s data, for good, and every terminal forgets them</source>
        <translation>A sede apaga os dados do cliente para sempre, e todos os terminais o esquecem</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="96"/>
        <source>Erasing cannot be undone: HQ deletes the data and every terminal forgets the shopper. Check the name before you confirm.</source>
        <translation>Apagar não pode ser desfeito: a sede apaga os dados e todos os terminais esquecem o cliente. Confira o nome antes de confirmar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="97"/>
        <source>Erase {shopper_name}</source>
        <translation>Apague {shopper_name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="98"/>
        <source>Open {shopper_name}&apos;s profile, choose Erase, check the name and confirm.</source>
        <translation>Abra o perfil de {shopper_name}, escolha Apagar, confira o nome e confirme.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="99"/>
        <source>You erased another shopper. In a store this cannot be undone: check the name and the phone before you confirm. Reset the practice store to try again.</source>
        <translation>Você apagou outro cliente. Numa loja isso não pode ser desfeito: confira o nome e o telefone antes de confirmar. Restaure a loja de treino para tentar de novo.</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../../clienteling/ui/upgrade_notice.py" line="42"/>
        <source>HQ no longer accepts this version of the app. Search and profiles still work from this terminal; notes and orders wait here until it is updated. HQ says: {words}</source>
        <translation>A HQ não aceita mais esta versão do app. A busca e os perfis continuam funcionando neste terminal; notas e pedidos esperam aqui até ele ser atualizado. A HQ diz: {words}</translation>
    </message>
</context>
<context>
    <name>WindowScans</name>
    <message>
        <location filename="../../clienteling/ui/window_scans.py" line="69"/>
        <source>{name} was looked up at HQ and is now on this terminal.</source>
        <translation>{name} foi buscado(a) na central e agora está neste terminal.</translation>
    </message>
</context>
</TS>
