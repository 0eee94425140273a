<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityTables</name>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="142"/>
        <source>Trainee</source>
        <translation>Aprendiz</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="147"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="155"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="159"/>
        <source>Hints</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="163"/>
        <source>Mistakes</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="167"/>
        <source>Finished</source>
        <translation>Terminado</translation>
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
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="106"/>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="110"/>
        <source>Last served</source>
        <translation>Última atención</translation>
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
        <translation>Se le puede contactar por</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="205"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="209"/>
        <source>What</source>
        <translation>Qué</translation>
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
        <translation>Cargando los registros…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="237"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="289"/>
        <source>No records behind this number.</source>
        <translation>Ningún registro detrás de esta cifra.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="292"/>
        <source>{n} records; tap one to open its shopper or order.</source>
        <translation>{n} registros; toca uno para abrir su cliente o su pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="300"/>
        <source>The records could not be loaded: {why}</source>
        <translation>No se pudieron cargar los registros: {why}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
</context>
<context>
    <name>AlternativesModel</name>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="260"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="261"/>
        <source>Size</source>
        <translation>Talla</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="262"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="263"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="264"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="267"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="272"/>
        <source>Same item, other store</source>
        <translation>Mismo artículo, otra tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="273"/>
        <source>Other size or colour</source>
        <translation>Otra talla o color</translation>
    </message>
</context>
<context>
    <name>AlternativesPanel</name>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="39"/>
        <source>Order this instead</source>
        <translation>Pedir este en su lugar</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="37"/>
        <source>Scan with camera</source>
        <translation>Escanear con la cámara</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="41"/>
        <source>Hold the code in front of the camera.</source>
        <translation>Sostén el código delante de la cámara.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="42"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="126"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="167"/>
        <source>The app may not use the camera. Allow it in the system settings, or scan with a handheld scanner.</source>
        <translation>La app no tiene permiso para usar la cámara. Permítelo en la configuración del sistema o escanea con un lector de mano.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="212"/>
        <source>No camera found. Connect one, or scan with a handheld scanner or from an image.</source>
        <translation>No se encontró ninguna cámara. Conecta una o escanea con un lector de mano o desde una imagen.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="234"/>
        <source>The camera stopped: %1</source>
        <translation>La cámara se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="116"/>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="230"/>
        <source>Preparing the practice store for “{title}”</source>
        <translation>Preparando la tienda de práctica para «{title}»</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="248"/>
        <source>The practice store was reset, so “{title}” stopped. Start it again to practise it.</source>
        <translation>La tienda de práctica se restableció, así que «{title}» se detuvo. Empiécelo de nuevo para practicarlo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="349"/>
        <source>Right: {why}</source>
        <translation>Correcto: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="384"/>
        <source>Hide the coach</source>
        <translation>Ocultar el guía</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="384"/>
        <source>Show the coach</source>
        <translation>Mostrar el guía</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="390"/>
        <source>Preparing the practice store for “{title}”…</source>
        <translation>Preparando la tienda de práctica para «{title}»…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="398"/>
        <source>Guided scenarios</source>
        <translation>Escenarios guiados</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="402"/>
        <source>Pick a scenario to practise.</source>
        <translation>Elija un escenario para practicar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="404"/>
        <source>Sign in to pick a scenario to practise.</source>
        <translation>Inicie sesión para elegir un escenario para practicar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="416"/>
        <source>Scenario: {title}</source>
        <translation>Escenario: {title}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="444"/>
        <source>Sign in to go on with this scenario.</source>
        <translation>Inicie sesión para seguir con este escenario.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="447"/>
        <source>Step {n} of {total}: {step}</source>
        <translation>Paso {n} de {total}: {step}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="470"/>
        <source>Finished.</source>
        <translation>Terminado.</translation>
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
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="50"/>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="60"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="66"/>
        <location filename="../../clienteling/ui/home_day.py" line="174"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="74"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="72"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="83"/>
        <source>Shoppers you open on this terminal show here, newest first. Search above or scan a loyalty card to open one.</source>
        <translation>Los clientes que abras en este terminal aparecen aquí, los más recientes primero. Busca arriba o escanea una tarjeta de fidelidad para abrir uno.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="93"/>
        <source>Nothing due today. Follow-ups you add on a shopper&apos;s profile show here on the day they are due.</source>
        <translation>Nada para hoy. Los seguimientos que añadas en el perfil de un cliente aparecen aquí el día en que vencen.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="103"/>
        <source>HQ has everything you saved. Notes, edits and orders that wait for the connection, or that HQ refused, show here.</source>
        <translation>La central tiene todo lo que guardaste. Las notas, cambios y pedidos que esperan la conexión, o que la central rechazó, aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="116"/>
        <source>Your recent shoppers</source>
        <translation>Tus clientes recientes</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="117"/>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="118"/>
        <source>Not yet at HQ</source>
        <translation>Aún no en la central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="162"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="166"/>
        <source>Refused by HQ: {why}</source>
        <translation>Rechazado por la central: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="168"/>
        <source>Set aside, not sent</source>
        <translation>Apartado, no enviado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="169"/>
        <source>Waiting to send</source>
        <translation>Esperando para enviar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="173"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="175"/>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="176"/>
        <location filename="../../clienteling/ui/home_day.py" line="177"/>
        <source>Sizes and preferences</source>
        <translation>Tallas y preferencias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="178"/>
        <source>Wishlist item</source>
        <translation>Artículo de la lista de deseos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="179"/>
        <source>Wishlist removal</source>
        <translation>Quitado de la lista de deseos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="180"/>
        <source>Training result</source>
        <translation>Resultado de formación</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="181"/>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="182"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="183"/>
        <source>Order change</source>
        <translation>Cambio de pedido</translation>
    </message>
</context>
<context>
    <name>DoctorTexts</name>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="17"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="18"/>
        <source>Keyring</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="19"/>
        <source>Offline cache</source>
        <translation>Caché sin conexión</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="20"/>
        <source>Cache files kept aside</source>
        <translation>Archivos de caché guardados aparte</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="21"/>
        <source>Disk space</source>
        <translation>Espacio en disco</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="22"/>
        <source>HQ</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="23"/>
        <source>Secure connection</source>
        <translation>Conexión segura</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="24"/>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="25"/>
        <source>Queued writes</source>
        <translation>Registros en cola</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="26"/>
        <source>Scanner settings</source>
        <translation>Ajustes del lector</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="27"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="28"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="33"/>
        <source>App {app}, protocol {protocol}, cache schema {cache_schema}.</source>
        <translation>App {app}, protocolo {protocol}, esquema de la caché {cache_schema}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="34"/>
        <source>Secrets are kept in a secure keyring ({backend}).</source>
        <translation>Los secretos se guardan en un llavero seguro ({backend}).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="36"/>
        <source>Training keeps its secrets in memory: no secure keyring here. Fine for practice.</source>
        <translation>El entrenamiento guarda sus secretos en memoria: aquí no hay llavero seguro. Vale para practicar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="39"/>
        <source>The keyring ({backend}) does not protect secrets. Install gnome-keyring and run the app in a desktop session (see the README, &apos;Kiosk terminals&apos;).</source>
        <translation>El llavero ({backend}) no protege los secretos. Instale gnome-keyring y ejecute la app en una sesión de escritorio (vea el README, &apos;Kiosk terminals&apos;).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="43"/>
        <source>The keyring cannot be used: {why}. Unlock or install it, then start again.</source>
        <translation>No se puede usar el llavero: {why}. Desbloquéelo o instálelo y vuelva a empezar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="45"/>
        <source>Encrypted, every page checked, {megabytes} MB.</source>
        <translation>Cifrada, todas las páginas comprobadas, {megabytes} MB.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="47"/>
        <source>No offline cache yet. Sign in once while HQ is reachable to make it.</source>
        <translation>Aún no hay caché sin conexión. Inicie sesión una vez con la central accesible para crearla.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="49"/>
        <source>Not checked: the keyring could not be opened.</source>
        <translation>Sin comprobar: no se pudo abrir el llavero.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="51"/>
        <source>The cache&apos;s key is not in the keyring. Enroll the terminal again; queued orders in the old file are kept aside (docs/offline.md).</source>
        <translation>La clave de la caché no está en el llavero. Registre el terminal de nuevo; los pedidos en cola del archivo antiguo se guardan aparte (docs/offline.md).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="55"/>
        <source>The cache does not open with the key in the keyring. Start the app: it keeps the file aside and syncs a new copy from HQ (docs/offline.md).</source>
        <translation>La caché no se abre con la clave del llavero. Abre la app: guarda el archivo aparte y sincroniza una copia nueva desde la central (docs/offline.md).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="59"/>
        <source>{files} cache file(s) kept aside, the newest {newest}: their key was lost or they were damaged, and orders queued in them were not sent. With the old key from a keyring backup they can be read (docs/offline.md).</source>
        <translation>{files} archivo(s) de caché guardado(s) aparte, el más reciente {newest}: su clave se perdió o estaban dañados, y los pedidos en cola en ellos no se enviaron. Con la clave antigua de una copia del llavero se pueden leer (docs/offline.md).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="64"/>
        <source>The cache is damaged. Close the app and start it again: it syncs a new copy from HQ. If this repeats, check the disk.</source>
        <translation>La caché está dañada. Cierre la app y ábrala de nuevo: sincroniza una copia nueva desde la central. Si se repite, revise el disco.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="68"/>
        <source>The cache file is not encrypted. Delete it with the app closed and sync again.</source>
        <translation>El archivo de la caché no está cifrado. Bórrelo con la app cerrada y sincronice de nuevo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="71"/>
        <source>The cache was written by a newer Clienteling. Install the newer version.</source>
        <translation>La caché la escribió un Clienteling más reciente. Instale la versión más reciente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="73"/>
        <source>Not checked: the cache could not be read.</source>
        <translation>Sin comprobar: no se pudo leer la caché.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="74"/>
        <source>{free} free.</source>
        <translation>{free} libres.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="75"/>
        <source>Only {free} free. Free some space soon.</source>
        <translation>Solo {free} libres. Libere espacio pronto.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="77"/>
        <source>Only {free} free: syncing and queued orders may fail. Free space now.</source>
        <translation>Solo {free} libres: la sincronización y los pedidos en cola pueden fallar. Libere espacio ahora.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="79"/>
        <source>Not checked: this terminal is not enrolled yet.</source>
        <translation>Sin comprobar: este terminal aún no está registrado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="80"/>
        <source>HQ answers in {round_trip_ms} ms (HQ version {hq_version}).</source>
        <translation>La central responde en {round_trip_ms} ms (versión de la central {hq_version}).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="82"/>
        <source>HQ cannot be reached. Check the store&apos;s network; orders wait in the outbox.</source>
        <translation>No se llega a la central. Revise la red de la tienda; los pedidos esperan en la cola de envío.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="84"/>
        <source>HQ answers with an error. Tell HQ support; orders wait.</source>
        <translation>La central responde con un error. Avise al soporte de la central; los pedidos esperan.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="85"/>
        <source>HQ&apos;s certificate is valid.</source>
        <translation>El certificado de la central es válido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="86"/>
        <source>Plain connection to an HQ on this machine (allowed only there).</source>
        <translation>Conexión simple con una central en esta máquina (solo se permite ahí).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="88"/>
        <source>HQ&apos;s certificate was refused. Check the terminal&apos;s date and time, then tell HQ support.</source>
        <translation>Se rechazó el certificado de la central. Revise la fecha y la hora del terminal y avise al soporte de la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="91"/>
        <source>In step with HQ ({skew_seconds} s).</source>
        <translation>En hora con la central ({skew_seconds} s).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="93"/>
        <source>This terminal&apos;s clock is {skew_seconds} s off HQ&apos;s. Set the date and time automatically (network time).</source>
        <translation>El reloj de este terminal difiere {skew_seconds} s del de la central. Ajuste la fecha y la hora automáticamente (hora de red).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="96"/>
        <source>HQ did not say its time.</source>
        <translation>La central no indicó su hora.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="97"/>
        <source>{queued} waiting for HQ, none set aside.</source>
        <translation>{queued} esperando a la central, ninguno apartado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="99"/>
        <source>{parked} set aside by HQ. A manager reviews them on the manager&apos;s screen.</source>
        <translation>{parked} apartados por la central. Un gerente los revisa en la pantalla del gerente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="102"/>
        <source>{queued} waiting for HQ, the oldest for {oldest_queued_hours} h. Check the network.</source>
        <translation>{queued} esperando a la central, el más antiguo desde hace {oldest_queued_hours} h. Revise la red.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="105"/>
        <source>Usable.</source>
        <translation>Utilizable.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="107"/>
        <source>Not usable ({why}); the standard settings are used. A manager sets the scanner up again on the manager&apos;s screen.</source>
        <translation>No utilizable ({why}); se usan los ajustes estándar. Un gerente vuelve a configurar el lector en la pantalla del gerente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="110"/>
        <source>Cameras found: {count}.</source>
        <translation>Cámaras encontradas: {count}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="112"/>
        <source>No camera found. Scan with the scanner or type instead; connect a camera to scan with it.</source>
        <translation>No se encontró ninguna cámara. Use el lector o escriba; conecte una cámara para escanear con ella.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="115"/>
        <source>Printer: {name}.</source>
        <translation>Impresora: {name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="117"/>
        <source>No printer set up. Slips can still be shown on screen or saved as PDF.</source>
        <translation>No hay impresora configurada. Los comprobantes se pueden mostrar en pantalla o guardar en PDF.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="131"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="132"/>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="133"/>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="134"/>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
</context>
<context>
    <name>EnrollScreen</name>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="66"/>
        <source>Clienteling: enroll this terminal</source>
        <translation>Clienteling: dar de alta este terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="70"/>
        <source>Enroll this terminal</source>
        <translation>Dar de alta este terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="74"/>
        <source>Type the HQ address and the one-time code your manager gave you. The terminal then copies this store&apos;s data; it takes a few minutes.</source>
        <translation>Escribe la dirección de la central y el código de un solo uso que te dio tu responsable. Después el terminal copia los datos de esta tienda; tarda unos minutos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="82"/>
        <source>e.g. https://hq.example.com</source>
        <translation>p. ej. https://hq.example.com</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="83"/>
        <location filename="../../clienteling/ui/enroll.py" line="100"/>
        <source>HQ address</source>
        <translation>Dirección de la central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="87"/>
        <location filename="../../clienteling/ui/enroll.py" line="102"/>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="92"/>
        <location filename="../../clienteling/ui/enroll.py" line="104"/>
        <source>Terminal name</source>
        <translation>Nombre del terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="105"/>
        <source>Enroll</source>
        <translation>Dar de alta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="146"/>
        <source>That is not an enrollment code. Scan the code HQ printed for this terminal.</source>
        <translation>Este no es un código de alta. Escanee el código que la central imprimió para este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="170"/>
        <source>A code has no {chars}: letters A–Z without I and O, digits 2–9.</source>
        <translation>Un código no lleva {chars}: letras de la A a la Z sin I ni O, dígitos del 2 al 9.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="173"/>
        <source>A code has 16 characters, like ABCD-EFGH-JKLM-NPQR.</source>
        <translation>Un código tiene 16 caracteres, como ABCD-EFGH-JKLM-NPQR.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="185"/>
        <source>Type an address like https://hq.example.com</source>
        <translation>Escribe una dirección como https://hq.example.com</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="215"/>
        <source>Enrolling this terminal with HQ…</source>
        <translation>Dando de alta este terminal en la central…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="220"/>
        <source>terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="228"/>
        <source>Enrolled for {store}.</source>
        <translation>Dado de alta para {store}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="234"/>
        <source>This terminal was not enrolled: {why}</source>
        <translation>Este terminal no se dio de alta: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="109"/>
        <location filename="../../clienteling/ui/enroll.py" line="195"/>
        <source>Type HQ&apos;s address to enroll.</source>
        <translation>Escribe la dirección de la central para dar de alta el terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="197"/>
        <source>Correct the code to enroll.</source>
        <translation>Corrige el código para dar de alta el terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="200"/>
        <source>Type all {n} letters of the code to enroll.</source>
        <translation>Escribe las {n} letras del código para dar de alta el terminal.</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="86"/>
        <source>Employee id</source>
        <translation>Número de empleado</translation>
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
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="81"/>
        <source>A manager&apos;s PIN is needed to close the app.</source>
        <translation>Se necesita el PIN de un gerente para cerrar la aplicación.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="102"/>
        <source>Close the app</source>
        <translation>Cerrar la aplicación</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="103"/>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="115"/>
        <source>This terminal is not set up yet, so no PIN can be checked. Finish enrolling it, or stop the app from the device&apos;s management (see docs/kiosk.md).</source>
        <translation>Este terminal aún no está configurado, así que no se puede comprobar ningún PIN. Termine de registrarlo o detenga la aplicación desde la gestión del dispositivo (vea docs/kiosk.md).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="122"/>
        <source>Type the manager&apos;s employee id and PIN.</source>
        <translation>Escriba el número de empleado y el PIN del gerente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="147"/>
        <source>That PIN did not let you out: {reason}</source>
        <translation>Ese PIN no permite salir: {reason}</translation>
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
        <location filename="../../clienteling/ui/startup.py" line="73"/>
        <source>This terminal&apos;s data could not be opened (its key was lost or the file is damaged). It was kept aside, not deleted, and the store&apos;s data is brought again from HQ. Tell IT support: orders queued in it may still be recovered.</source>
        <translation>No se pudieron abrir los datos de este terminal (se perdió la clave o el archivo está dañado). Se guardaron aparte, sin borrarlos, y los datos de la tienda vuelven a llegar de la central. Avisa a TI: los pedidos en cola de ese archivo aún pueden recuperarse.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="80"/>
        <source>Continue in the background</source>
        <translation>Continuar en segundo plano</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="107"/>
        <source>Syncing {collection}</source>
        <translation>Sincronizando {collection}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="112"/>
        <source>{rows} rows, {rate} rows/s</source>
        <translation>{rows} filas, {rate} filas/s</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="116"/>
        <source>about {s} s left</source>
        <translation>quedan unos {s} s</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message numerus="yes">
        <location filename="../../clienteling/ui/formats.py" line="193"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clienteling/ui/formats.py" line="190"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clienteling/ui/formats.py" line="187"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="236"/>
        <source>Item {sku} (not in the catalog here)</source>
        <translation>Artículo {sku} (no está en el catálogo de este terminal)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="121"/>
        <source>Refund {amount}</source>
        <translation>Reembolso {amount}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="246"/>
        <source>Returned: {item}</source>
        <translation>Devuelto: {item}</translation>
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
        <translation>actualizado {age} (copia de este terminal)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/freshness.py" line="16"/>
        <source>confirmed at HQ just now</source>
        <translation>confirmado por la central ahora mismo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/freshness.py" line="18"/>
        <source>confirmed at HQ {age}</source>
        <translation>confirmado por la central {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/freshness.py" line="25"/>
        <source>not synced on this terminal yet</source>
        <translation>aún no sincronizado en este terminal</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="98"/>
        <source>{item}: {n} available here (SKU {sku})</source>
        <translation>{item}: {n} disponibles aquí (SKU {sku})</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location filename="../../clienteling/ui/idle.py" line="133"/>
        <source>Locked after {minutes} min without use; sign in to carry on.</source>
        <translation>Bloqueado tras {minutes} min sin uso; inicia sesión para seguir.</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="70"/>
        <source>Find a shopper</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="75"/>
        <source>Name, phone, e-mail or loyalty number</source>
        <translation>Nombre, teléfono, correo o número de fidelización</translation>
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
        <translation>Productos y stock</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="115"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="118"/>
        <source>Scan with camera</source>
        <translation>Escanear con la cámara</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="120"/>
        <source>Or paste a picture of a code (Ctrl+V), or drop an image file on the window</source>
        <translation>O pega la imagen de un código (Ctrl+V), o suelta un archivo de imagen en la ventana</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="175"/>
        <source>Hello, {name}. Find a shopper</source>
        <translation>Hola, {name}. Busca un cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="204"/>
        <source>Type a name, the last digits of a phone, an e-mail or scan a loyalty card.</source>
        <translation>Escribe un nombre, los últimos dígitos de un teléfono, un correo o escanea una tarjeta de fidelización.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="211"/>
        <source>Enter opens the first shopper.</source>
        <translation>Intro abre el primer cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="214"/>
        <source>No shopper on this terminal matches “{query}”.</source>
        <translation>Ningún cliente de este terminal coincide con «{query}».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="228"/>
        <source>The search did not work: {why}</source>
        <translation>La búsqueda no funcionó: {why}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="326"/>
        <source>Clienteling — TRAINING</source>
        <translation>Clienteling — FORMACIÓN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="71"/>
        <source>Clienteling</source>
        <translation>Clienteling</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="283"/>
        <source>✓ HQ confirmed order {order}</source>
        <translation>✓ La central confirmó el pedido {order}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="286"/>
        <source>HQ refused order {order}: see Orders (Ctrl+O)</source>
        <translation>La central rechazó el pedido {order}: mira Pedidos (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/window_roles.py" line="135"/>
        <source>The scanner settings could not be saved: {why}</source>
        <translation>No se pudo guardar la configuración del escáner: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="332"/>
        <source>Enrolling this terminal with HQ</source>
        <translation>Registrando este terminal en la central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="334"/>
        <source>Preparing the training chain: {stage}</source>
        <translation>Preparando la cadena de formación: {stage}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="356"/>
        <source>Checking this terminal&apos;s data</source>
        <translation>Comprobando los datos de este terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="394"/>
        <source>The first sync did not finish: HQ cannot be reached. Check the network and start the app again; nothing was lost.</source>
        <translation>La primera sincronización no terminó: no se puede contactar con la central. Revisa la red y vuelve a abrir la aplicación; no se ha perdido nada.</translation>
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
        <translation>Cambio en el perfil</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="48"/>
        <source>Wishlist item</source>
        <translation>Artículo de la lista de deseos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="49"/>
        <source>Wishlist item removed</source>
        <translation>Artículo quitado de la lista de deseos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="50"/>
        <source>Training result</source>
        <translation>Resultado de formación</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="51"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="52"/>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="53"/>
        <source>Visit rating</source>
        <translation>Valoración de la visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="54"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="55"/>
        <source>Order change</source>
        <translation>Cambio de pedido</translation>
    </message>
</context>
<context>
    <name>ManagerScreen</name>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="133"/>
        <source>The store&apos;s terminals</source>
        <translation>Los terminales de la tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="85"/>
        <source>Exit…</source>
        <translation>Salir…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="279"/>
        <source>{version} (update it)</source>
        <translation>{version} (actualícelo)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="75"/>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="78"/>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="79"/>
        <source>Scanner settings…</source>
        <translation>Ajustes del escáner…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="81"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="97"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="98"/>
        <source>Enrolled</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="121"/>
        <location filename="../../clienteling/ui/manager.py" line="220"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="122"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="122"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="136"/>
        <source>Revoke terminal…</source>
        <translation>Revocar terminal…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="366"/>
        <source>A revoked terminal stops working at its next contact with HQ and must be enrolled again with a new code.</source>
        <translation>Un terminal revocado deja de funcionar en su próximo contacto con la central y debe registrarse de nuevo con un código nuevo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="162"/>
        <source>Terminals</source>
        <translation>Terminales</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="170"/>
        <source>Erase shopper…</source>
        <translation>Borrar cliente…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="176"/>
        <source>Erasure removes the shopper and everything about them (purchases, notes, preferences, orders) at HQ and on every terminal. It cannot be undone.</source>
        <translation>Borrar elimina al cliente y todo lo suyo (compras, notas, preferencias, pedidos) en la central y en todos los terminales. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="187"/>
        <source>Erase a shopper</source>
        <translation>Borrar un cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="192"/>
        <source>Associate</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="193"/>
        <source>Employee id</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="194"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="199"/>
        <source>Unlock offline sign-in</source>
        <translation>Desbloquear el acceso sin conexión</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="211"/>
        <source>Offline sign-in locks</source>
        <translation>Accesos sin conexión bloqueados</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="216"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="217"/>
        <source>What</source>
        <translation>Qué</translation>
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
        <translation>Rechazados y apartados</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="256"/>
        <source>{name} (this terminal)</source>
        <translation>{name} (este terminal)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="284"/>
        <source>Refused by HQ: {why}</source>
        <translation>Rechazado por la central: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="285"/>
        <source>Set aside on this terminal; never sent</source>
        <translation>Apartado en este terminal; nunca se envió</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="320"/>
        <source>Nobody&apos;s offline sign-in is locked on this terminal.</source>
        <translation>Ningún acceso sin conexión está bloqueado en este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="322"/>
        <source>Locked after too many wrong PINs while HQ could not be reached:</source>
        <translation>Bloqueados tras demasiados PIN erróneos mientras la central no respondía:</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="342"/>
        <source>The terminals could not be listed: {why}</source>
        <translation>No se pudieron listar los terminales: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="358"/>
        <source>Choose a terminal to revoke.</source>
        <translation>Elija un terminal para revocar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="360"/>
        <source>This terminal is already revoked.</source>
        <translation>Este terminal ya está revocado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="362"/>
        <source>This is the terminal you are using: revoke it from another one.</source>
        <translation>Es el terminal que está usando: revóquelo desde otro.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="378"/>
        <source>Revoke {name}?</source>
        <translation>¿Revocar {name}?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="380"/>
        <source>It stops working at its next contact with HQ; whoever is signed in there is signed out. It must be enrolled again with a new code.</source>
        <translation>Deja de funcionar en su próximo contacto con la central; quien haya iniciado sesión allí sale. Debe registrarse de nuevo con un código nuevo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="383"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="394"/>
        <source>{name} is revoked.</source>
        <translation>{name} está revocado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="408"/>
        <source>Open the shopper&apos;s profile first (search by name or phone, or scan their QR), then come back here to erase them.</source>
        <translation>Abre primero el perfil del cliente (búscalo por nombre o teléfono, o escanea su QR) y vuelve aquí para eliminarlo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="425"/>
        <source>The shopper being served: {name}</source>
        <translation>Cliente que atiendes: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="437"/>
        <source>{name} and everything about them are removed at HQ and on every terminal. This cannot be undone.</source>
        <translation>{name} y todo lo suyo se eliminan en la central y en todos los terminales. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="435"/>
        <source>Erase {name}?</source>
        <translation>¿Borrar a {name}?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="440"/>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="452"/>
        <source>{name} was erased.</source>
        <translation>{name} fue borrado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="470"/>
        <source>{name} can sign in offline on this terminal again.</source>
        <translation>{name} puede volver a acceder sin conexión en este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="484"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="329"/>
        <source>HQ refused nothing written on this terminal, and nothing was set aside.</source>
        <translation>La central no rechazó nada escrito en este terminal y no se apartó nada.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="331"/>
        <source>Writes HQ refused, with its reason, and writes set aside here:</source>
        <translation>Registros que la central rechazó, con su motivo, y registros apartados aquí:</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="93"/>
        <source>Store activity</source>
        <translation>Actividad de la tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="100"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="104"/>
        <source>App version</source>
        <translation>Versión de la app</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="108"/>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="109"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="111"/>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="116"/>
        <location filename="../../clienteling/ui/manager.py" line="272"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="147"/>
        <source>Each terminal tells HQ its app version, last sync and how many writes wait for HQ or were refused; HQ&apos;s figures may be a few minutes old. Online: HQ heard from it in the last few minutes. Terminals with an older release do not tell: not reported. This terminal&apos;s are its own.</source>
        <translation>Cada terminal informa a la central la versión de la app, la última sincronización y cuántos registros esperan a la central o fueron rechazados; las cifras de la central pueden tener unos minutos. En línea: la central tuvo noticias de él en los últimos minutos. Los terminales con una versión anterior no informan: no informado. Los de este terminal son los suyos.</translation>
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
        <translation>no informado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="272"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="159"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>NoMatchOffer</name>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="39"/>
        <source>Search all stores at HQ</source>
        <translation>Buscar en todas las tiendas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="41"/>
        <source>Sign-up QR</source>
        <translation>QR de registro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="59"/>
        <source>Not on this terminal? Search every store at HQ, or sign the shopper up.</source>
        <translation>¿No está en este terminal? Busque en todas las tiendas en la central o registre al cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="62"/>
        <source>Offline: only this terminal&apos;s shoppers can be searched. A new shopper can sign up with the QR code.</source>
        <translation>Sin conexión: solo se buscan los clientes de este terminal. Un cliente nuevo puede registrarse con el código QR.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="75"/>
        <source>Searching every store at HQ…</source>
        <translation>Buscando en todas las tiendas en la central…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="91"/>
        <source>HQ cannot be reached now: only this terminal&apos;s shoppers were searched.</source>
        <translation>No se puede contactar con la central ahora: solo se buscaron los clientes de este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="95"/>
        <source>No shopper matches “{query}” at HQ either.</source>
        <translation>Ningún cliente coincide con «{query}» en la central tampoco.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="101"/>
        <source>Found at HQ. A shopper you open is kept on this terminal from then on.</source>
        <translation>Encontrado en la central. El cliente que abra se guardará en este terminal desde entonces.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="106"/>
        <source>HQ&apos;s search did not work: {why}</source>
        <translation>La búsqueda de la central no funcionó: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="114"/>
        <source>Opening from HQ…</source>
        <translation>Abriendo desde la central…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="121"/>
        <source>The shopper could not be opened from HQ: {why}</source>
        <translation>No se pudo abrir el cliente desde la central: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="130"/>
        <source>HQ cannot be reached now: the shopper could not be opened from HQ.</source>
        <translation>No se puede contactar con la central ahora: no se pudo abrir el cliente desde la central.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="136"/>
        <source>Offline: HQ cannot be reached. Search, profiles and the stock last synced still work. Notes and orders are saved on this terminal and sent when the connection is back.</source>
        <translation>Sin conexión: no se puede contactar con la central. La búsqueda, los perfiles y el stock de la última sincronización siguen funcionando. Las notas y los pedidos se guardan en este terminal y se envían cuando vuelva la conexión.</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="118"/>
        <source>This store does not ship to the shopper&apos;s home (switched off at HQ).</source>
        <translation>Esta tienda no envía al domicilio del cliente (desactivado en la central).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="69"/>
        <location filename="../../clienteling/ui/order_form.py" line="79"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="70"/>
        <location filename="../../clienteling/ui/order_form.py" line="80"/>
        <source>Size</source>
        <translation>Talla</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="71"/>
        <location filename="../../clienteling/ui/order_form.py" line="81"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="74"/>
        <location filename="../../clienteling/ui/order_form.py" line="87"/>
        <source>Send from</source>
        <translation>Enviar desde</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="103"/>
        <source>Ship to the shopper</source>
        <translation>Enviar al cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="104"/>
        <source>Pick up in a store</source>
        <translation>Recoger en una tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="158"/>
        <location filename="../../clienteling/ui/order_form.py" line="161"/>
        <source>Pick-up store</source>
        <translation>Tienda de recogida</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="236"/>
        <source>{size} ({n} here)</source>
        <translation>{size} ({n} aquí)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="261"/>
        <source>{store} — {n} available</source>
        <translation>{store} — {n} disponibles</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="260"/>
        <source>(suggested)</source>
        <translation>(sugerida)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="265"/>
        <source>Any store (HQ picks the nearest with stock)</source>
        <translation>Cualquier tienda (la central elige la más cercana con stock)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="274"/>
        <source>No store shows {n} available for this size and colour. HQ will answer with what it can offer.</source>
        <translation>Ninguna tienda muestra {n} disponibles en esta talla y color. La central responderá con lo que puede ofrecer.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="300"/>
        <source>Stock figures {fresh}; HQ checks them again on the order.</source>
        <translation>Stock: {fresh}; la central lo vuelve a comprobar con el pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="304"/>
        <source>Stock figures {fresh}; HQ did not answer and checks them on the order.</source>
        <translation>Stock: {fresh}; la central no respondió y lo comprobará con el pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="321"/>
        <source>This colour does not come in this size.</source>
        <translation>Este color no existe en esta talla.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="361"/>
        <source>Needed for the delivery.</source>
        <translation>Necesario para el envío.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="362"/>
        <source>Too long; shorten it.</source>
        <translation>Demasiado largo; acórtalo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="363"/>
        <source>Use the two-letter country code, e.g. BR, ES, PT.</source>
        <translation>Usa el código de país de dos letras, p. ej. BR, ES, PT.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="224"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="131"/>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="132"/>
        <source>Apartment, floor (optional)</source>
        <translation>Piso, puerta (opcional)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="133"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="134"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="135"/>
        <source>Region (optional)</source>
        <translation>Provincia (opcional)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="136"/>
        <source>Country (two letters)</source>
        <translation>País (dos letras)</translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <location filename="../../clienteling/ui/order.py" line="484"/>
        <source>TRAINING · not a real order</source>
        <translation>FORMACIÓN · no es un pedido real</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="425"/>
        <source>HQ refused the order: {why}.</source>
        <translation>La central rechazó el pedido: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="71"/>
        <source>← Back</source>
        <translation>← Volver</translation>
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
        <translation>Hacer pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="172"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="191"/>
        <source>This shopper or item is not on this terminal.</source>
        <translation>Este cliente o artículo no está en este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="197"/>
        <source>For {name}</source>
        <translation>Para {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="225"/>
        <source>This shopper is no longer on this terminal (erased, or moved out of this store&apos;s list at HQ): no order can be placed for them. Go back and find the shopper again.</source>
        <translation>Este cliente ya no está en este terminal (borrado, o ya no figura en la lista de esta tienda en la central): no se puede hacer ningún pedido para él. Vuelve atrás y busca al cliente de nuevo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="337"/>
        <source>Choose a colour and size that exist.</source>
        <translation>Elige un color y una talla que existan.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="344"/>
        <source>Check the delivery address: the fields marked in red.</source>
        <translation>Revisa la dirección de envío: los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="366"/>
        <location filename="../../clienteling/ui/order.py" line="444"/>
        <source>Placing the order…</source>
        <translation>Haciendo el pedido…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="378"/>
        <source>The order was not placed: {why}</source>
        <translation>El pedido no se hizo: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="395"/>
        <source>Confirmed by HQ: order {order}, reserved in {stores}.</source>
        <translation>Confirmado por la central: pedido {order}, reservado en {stores}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="407"/>
        <source>Queued — will be sent when HQ is back. Order {order} is saved on this terminal; the status bar tells you when HQ confirms it.</source>
        <translation>En cola — se enviará cuando vuelva la central. El pedido {order} está guardado en este terminal; la barra de estado avisa cuando la central lo confirme.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="418"/>
        <source>HQ refused the order: {why}. Pick one of these instead:</source>
        <translation>La central rechazó el pedido: {why}. Elige una de estas opciones:</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="431"/>
        <source>HQ refused the order: {why}. No other store or size has it; change the order or add the item to the wishlist.</source>
        <translation>La central rechazó el pedido: {why}. Ninguna otra tienda o talla lo tiene; cambia el pedido o añade el artículo a la lista de deseos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="472"/>
        <source>Pick up at {store}</source>
        <translation>Recoger en {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="474"/>
        <source>Delivered to the shopper&apos;s address</source>
        <translation>Entrega en la dirección del cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="481"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="482"/>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="483"/>
        <source>Scan to follow your order</source>
        <translation>Escanee para seguir su pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="492"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="83"/>
        <source>This colour does not come in this size.</source>
        <translation>Este color no existe en esta talla.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="401"/>
        <source>Placed. Change the item or the delivery to place another order.</source>
        <translation>Pedido hecho. Cambia el artículo o la entrega para hacer otro pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="413"/>
        <source>Saved on this terminal. Change the order to place another one.</source>
        <translation>Guardado en este terminal. Cambia el pedido para hacer otro.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="95"/>
        <source>Review order</source>
        <translation>Revisar pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="98"/>
        <source>Change order</source>
        <translation>Cambiar pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="257"/>
        <source>Order for pick-up</source>
        <translation>Pedido para recoger en tienda</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="51"/>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="54"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="55"/>
        <source>Today at this store</source>
        <translation>Hoy en esta tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="64"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="70"/>
        <source>Placed</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="71"/>
        <source>Shopper</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="73"/>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="77"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="78"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="80"/>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Aún no hay pedidos hoy en esta tienda.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="183"/>
        <source>This shopper has no orders.</source>
        <translation>Este cliente no tiene pedidos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="195"/>
        <source>Order {order} ({name}): {status}.</source>
        <translation>Pedido {order} ({name}): {status}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="233"/>
        <source>Choose an order to see what can be done next.</source>
        <translation>Elige un pedido para ver qué se puede hacer.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="235"/>
        <source>HQ refused it: {why}.</source>
        <translation>La central lo rechazó: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="237"/>
        <source>Order one of the alternatives below, or cancel it.</source>
        <translation>Pide una de las alternativas de abajo o cancélalo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="239"/>
        <source>Nothing else is available; cancel it and tell the shopper.</source>
        <translation>No hay nada más disponible; cancélalo y avisa al cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="245"/>
        <source>Last try: {why}.</source>
        <translation>Último intento: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="253"/>
        <source>Saved on this terminal; it is sent when HQ can be reached.</source>
        <translation>Guardado en este terminal; se envía cuando se pueda contactar con la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="255"/>
        <source>You can still cancel it.</source>
        <translation>Aún puedes cancelarlo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="261"/>
        <source>A cancellation is waiting to be sent to HQ.</source>
        <translation>Una cancelación espera a enviarse a la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="264"/>
        <source>Order {order}: {status}.</source>
        <translation>Pedido {order}: {status}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="290"/>
        <source>Placed again with the alternative: confirmed by HQ.</source>
        <translation>Hecho de nuevo con la alternativa: confirmado por la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="292"/>
        <source>Placed again with the alternative: queued for HQ.</source>
        <translation>Hecho de nuevo con la alternativa: en cola para la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="295"/>
        <source>HQ refused the alternative too: {why}</source>
        <translation>La central también rechazó la alternativa: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="388"/>
        <source>Cancelled: it was never sent to HQ.</source>
        <translation>Cancelado: nunca se envió a la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="389"/>
        <source>Cancelled at HQ; the stock is released.</source>
        <translation>Cancelado en la central; el stock queda libre.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="390"/>
        <source>Cancellation saved; it is sent when HQ can be reached.</source>
        <translation>Cancelación guardada; se envía cuando se pueda contactar con la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="399"/>
        <source>That did not work: {why}</source>
        <translation>No funcionó: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="410"/>
        <source>Pick-up: {store}</source>
        <translation>Recogida: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="411"/>
        <source>Delivery</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="416"/>
        <source>nearest with stock</source>
        <translation>la más cercana con stock</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="422"/>
        <source>cancelling</source>
        <translation>cancelando</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="241"/>
        <source>Cancel it and tell the shopper.</source>
        <translation>Cancélelo y avise al cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="111"/>
        <source>Yes, cancel it</source>
        <translation>Sí, cancelarlo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="114"/>
        <source>Keep the order</source>
        <translation>Mantener el pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="121"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="311"/>
        <source>Cancel order {order} of {name}? The shopper will not get it.</source>
        <translation>¿Cancelar el pedido {order} de {name}? El cliente no lo recibirá.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="351"/>
        <source>Kept: order {order} is not cancelled.</source>
        <translation>Se mantiene: el pedido {order} no se cancela.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="366"/>
        <source>Order {order} is cancelled in {n} s.</source>
        <translation>El pedido {order} se cancela en {n} s.</translation>
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
        <translation>Borrar el último dígito</translation>
    </message>
</context>
<context>
    <name>PracticeCards</name>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="108"/>
        <source>TRAINING · not a real card</source>
        <translation>FORMACIÓN · no es una tarjeta real</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="109"/>
        <source>TRAINING · not for sale</source>
        <translation>FORMACIÓN · no está a la venta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="110"/>
        <source>Loyalty card</source>
        <translation>Tarjeta de fidelidad</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="111"/>
        <source>Practice shopper: scan at the till to open the profile</source>
        <translation>Cliente de práctica: escanéela en caja para abrir su perfil</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="114"/>
        <source>Colour {colour} · Size {size}</source>
        <translation>Color {colour} · Talla {size}</translation>
    </message>
</context>
<context>
    <name>ProfileEdits</name>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="56"/>
        <source>This store does not record feedback (switched off at HQ).</source>
        <translation>Esta tienda no registra valoraciones (desactivado en la central).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="114"/>
        <source>Items matching what you type show here.</source>
        <translation>Los artículos que coinciden con lo que escribes aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="65"/>
        <source>The wishlist is empty. Find an item below by name, SKU or barcode, then Add to wishlist.</source>
        <translation>La lista de deseos está vacía. Busca un artículo abajo por nombre, SKU o código de barras y luego Añadir a la lista de deseos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="48"/>
        <source>No follow-ups for this shopper. Write what to do and when above, then Add follow-up; it shows on your home screen on the day.</source>
        <translation>No hay seguimientos para este cliente. Escribe arriba qué hacer y cuándo y luego Añadir seguimiento; aparecerá en tu pantalla de inicio ese día.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="29"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="212"/>
        <source>Refused by HQ: {why}</source>
        <translation>Rechazado por la central: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="33"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="208"/>
        <source>Waiting to send</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="86"/>
        <source>HQ refused it: {why}</source>
        <translation>La central lo rechazó: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="93"/>
        <source>Saved on this terminal; waiting to send to HQ.</source>
        <translation>Guardado en este terminal; pendiente de envío a la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="98"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="107"/>
        <source>Not saved: {why}</source>
        <translation>No guardado: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="108"/>
        <source>e.g. slim, regular, relaxed</source>
        <translation>p. ej. entallado, regular, holgado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="109"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="110"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="111"/>
        <source>Separate with commas</source>
        <translation>Separa con comas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="41"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="116"/>
        <source>Fit</source>
        <translation>Corte</translation>
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
        <translation>Colores</translation>
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
        <translation>Guardar tallas y preferencias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="37"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="177"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="185"/>
        <source>Size: {category}</source>
        <translation>Talla: {category}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="30"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="87"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="37"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="92"/>
        <source>Size</source>
        <translation>Talla</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="41"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="89"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="45"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="97"/>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="47"/>
        <source>In stock here</source>
        <translation>En stock aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="49"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="103"/>
        <source>Not here</source>
        <translation>No hay aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="53"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="40"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="73"/>
        <source>Remove from wishlist</source>
        <translation>Quitar de la lista de deseos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="79"/>
        <source>Add an item: name, SKU or barcode</source>
        <translation>Añadir un artículo: nombre, SKU o código de barras</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="82"/>
        <source>Find an item to add</source>
        <translation>Busca un artículo para añadir</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="94"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="99"/>
        <source>{n} here</source>
        <translation>{n} aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="122"/>
        <source>Add to wishlist</source>
        <translation>Añadir a la lista de deseos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="171"/>
        <source>No item matches; try the SKU or scan the barcode.</source>
        <translation>Ningún artículo coincide; prueba con el SKU o escanea el código de barras.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="181"/>
        <source>Find the item and choose its colour and size first.</source>
        <translation>Primero busca el artículo y elige su color y talla.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="205"/>
        <source>Choose the item to remove first.</source>
        <translation>Primero elige el artículo que quieres quitar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="27"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="30"/>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="59"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="32"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="34"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="36"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="57"/>
        <source>What to do, e.g. call when size M is back</source>
        <translation>Qué hacer, p. ej. llamar cuando vuelva la talla M</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="66"/>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="75"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="68"/>
        <source>Add follow-up</source>
        <translation>Añadir seguimiento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="71"/>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="93"/>
        <source>Write what to follow up first.</source>
        <translation>Primero escribe qué hay que seguir.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="115"/>
        <source>Choose the follow-up to mark done first.</source>
        <translation>Primero elige el seguimiento que quieres marcar como hecho.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="122"/>
        <source>This follow-up is already done.</source>
        <translation>Este seguimiento ya está hecho.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="28"/>
        <source>Visit rating</source>
        <translation>Valoración de la visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="35"/>
        <source>Rating {n} of 5</source>
        <translation>Valoración {n} de 5</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="45"/>
        <source>Comment (optional)</source>
        <translation>Comentario (opcional)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="48"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="50"/>
        <source>Save rating</source>
        <translation>Guardar valoración</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="91"/>
        <source>Last rating: {score}/5</source>
        <translation>Última valoración: {score}/5</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="102"/>
        <source>Choose a rating from 1 to 5 first.</source>
        <translation>Primero elige una valoración del 1 al 5.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="32"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="45"/>
        <source>E-mail consent</source>
        <translation>Consentimiento de correo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="46"/>
        <source>SMS consent</source>
        <translation>Consentimiento de SMS</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="47"/>
        <source>Profiling consent</source>
        <translation>Consentimiento de perfilado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="48"/>
        <source>E-mails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="49"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="50"/>
        <source>Address</source>
        <translation>Dirección</translation>
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
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="80"/>
        <source>{field}: {value}, changed by {name}, {when}, was {was}</source>
        <translation>{field}: {value}, cambiado por {name}, {when}, era {was}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="83"/>
        <source>{field}: {value} by {name}, {when}, not kept: a later change won</source>
        <translation>{field}: {value} por {name}, {when}, no se mantuvo: prevaleció un cambio posterior</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="134"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="138"/>
        <source>History of the edited fields</source>
        <translation>Historial de los campos editados</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="142"/>
        <source>No purchases yet. Purchases in our stores and online show here after a sync.</source>
        <translation>Aún no hay compras. Las compras en tiendas y en línea aparecen aquí tras una sincronización.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="155"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="197"/>
        <source>No notes yet. Write what the shopper asked for, liked or needs, then Save note.</source>
        <translation>Aún no hay notas. Escribe qué pidió, qué le gustó o qué necesita el cliente y luego Guardar nota.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="229"/>
        <source>No suggestions: no other colour or size of what the shopper bought is in stock here in their size.</source>
        <translation>Sin sugerencias: ningún otro color o talla de lo que compró el cliente hay en stock aquí en su talla.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="249"/>
        <source>No open orders. To order an item for delivery or pick-up, tap Stock and order.</source>
        <translation>No hay pedidos abiertos. Para pedir un artículo con entrega o recogida, toca Stock y pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="63"/>
        <source>← Search</source>
        <translation>← Búsqueda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="70"/>
        <source>Stock and order</source>
        <translation>Stock y pedido</translation>
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
        <translation>Tienda habitual</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="91"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="92"/>
        <source>Loyalty number</source>
        <translation>Número de fidelización</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="111"/>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <translation>Devoluciones</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="119"/>
        <location filename="../../clienteling/ui/profile.py" line="241"/>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="147"/>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="150"/>
        <source>Sizes and preferences</source>
        <translation>Tallas y preferencias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="154"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="156"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="158"/>
        <source>State</source>
        <translation>Estado</translation>
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
        <translation>Motivo de la visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="175"/>
        <source>What did the shopper ask for, like or need?</source>
        <translation>¿Qué pidió, le gustó o necesita el cliente?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="178"/>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="201"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="208"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="217"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="206"/>
        <source>Wishlist</source>
        <translation>Lista de deseos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="221"/>
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
        <location filename="../../clienteling/ui/profile.py" line="239"/>
        <source>Pick-up</source>
        <translation>Recogida</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="239"/>
        <source>Delivery</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="252"/>
        <source>Open orders</source>
        <translation>Pedidos abiertos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="309"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="346"/>
        <source>bought {item}</source>
        <translation>compró {item}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="348"/>
        <source>{why}; size {size} in stock here</source>
        <translation>{why}; talla {size} en stock aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="383"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="384"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="385"/>
        <source>Profiling</source>
        <translation>Perfilado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="390"/>
        <source>Consent given</source>
        <translation>Consentimiento dado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="390"/>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="397"/>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="411"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="423"/>
        <source>This shopper is no longer on this terminal (erased, or moved out of this store&apos;s list at HQ). Go back to search to serve another shopper.</source>
        <translation>Este cliente ya no está en este terminal (borrado, o ya no figura en la lista de esta tienda en la central). Vuelve a la búsqueda para atender a otro cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="446"/>
        <source>Refused by HQ: {why}</source>
        <translation>Rechazada por la central: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="448"/>
        <source>Waiting to send</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="449"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="458"/>
        <source>Write the note first.</source>
        <translation>Escribe la nota primero.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="481"/>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="485"/>
        <source>Note saved on this terminal; it is sent to HQ when the connection is back.</source>
        <translation>Nota guardada en este terminal; se enviará a la central cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="493"/>
        <source>The note was not saved: {why}</source>
        <translation>La nota no se guardó: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="116"/>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="219"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="477"/>
        <source>HQ refused the note: {why}</source>
        <translation>La central rechazó la nota: {why}</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="27"/>
        <source>Review the order</source>
        <translation>Revise el pedido</translation>
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
        <translation>Recoger en {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="82"/>
        <source>Delivered to {address}</source>
        <translation>Entrega en {address}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="84"/>
        <source>Delivered to the shopper&apos;s address</source>
        <translation>Entrega en la dirección del cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="88"/>
        <source>Delivery estimates go by distance; HQ confirms the stock when it is placed.</source>
        <translation>Los plazos de entrega son una estimación según la distancia; la central confirma el stock al hacer el pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="99"/>
        <source>in stock in this store</source>
        <translation>en stock en esta tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="101"/>
        <source>nearest store with stock in the shopper&apos;s country, priced in {currency}</source>
        <translation>la tienda más cercana con stock en el país del cliente, con precios en {currency}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="104"/>
        <source>no store in the shopper&apos;s country has it; nearest with stock priced in {currency}</source>
        <translation>ninguna tienda del país del cliente lo tiene; la más cercana con stock y precios en {currency}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="107"/>
        <source>no store in the shopper&apos;s country or money has it; nearest with stock</source>
        <translation>ninguna tienda del país o la moneda del cliente lo tiene; la más cercana con stock</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="109"/>
        <source>no store shows enough stock; HQ will say what it can offer</source>
        <translation>ninguna tienda muestra stock suficiente; la central dirá qué puede ofrecer</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="113"/>
        <source>From: any store (HQ picks the nearest with stock)</source>
        <translation>Desde: cualquier tienda (la central elige la más cercana con stock)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="115"/>
        <source>likely {store}</source>
        <translation>probablemente {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="118"/>
        <source>chosen by you</source>
        <translation>elegida por usted</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="120"/>
        <source>suggested: {store}</source>
        <translation>sugerida: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="125"/>
        <source>From: {store} — {why}</source>
        <translation>Desde: {store} — {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="131"/>
        <source>Estimate: HQ tells the days once it is placed.</source>
        <translation>Estimación: la central indicará los días al hacer el pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="135"/>
        <source>Estimate: ready for pick-up today</source>
        <translation>Estimación: listo para recoger hoy</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="137"/>
        <source>Estimate: ships today</source>
        <translation>Estimación: sale hoy</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="141"/>
        <source>Estimate: ready for pick-up in {days} days</source>
        <translation>Estimación: listo para recoger en {days} días</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="142"/>
        <source>Estimate: delivered in {days} days</source>
        <translation>Estimación: entrega en {days} días</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="53"/>
        <source>Only a manager can leave kiosk mode.</source>
        <translation>Solo un gerente puede salir del modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="30"/>
        <source>Trainees look and learn: this changes the store&apos;s real data, so it is for associates. Practise it in training mode, or ask an associate.</source>
        <translation>Quienes están en formación miran y aprenden: esto cambia los datos reales de la tienda, así que es para los vendedores. Practíquelo en el modo de formación o pídaselo a un vendedor.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="36"/>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="38"/>
        <source>Only a manager can change the scanner settings.</source>
        <translation>Solo el encargado puede cambiar los ajustes del escáner.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="41"/>
        <source>Only a manager can open the manager&apos;s screen.</source>
        <translation>Solo el encargado puede abrir la pantalla del encargado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="44"/>
        <source>Only a manager can erase a shopper.</source>
        <translation>Solo el encargado puede borrar un cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="47"/>
        <source>Only a manager can list or revoke the store&apos;s terminals.</source>
        <translation>Solo el encargado puede listar o revocar los terminales de la tienda.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="50"/>
        <source>Only a manager can unlock an associate&apos;s offline sign-in.</source>
        <translation>Solo el encargado puede desbloquear el acceso sin conexión de un vendedor.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="58"/>
        <source>Only a manager can do this.</source>
        <translation>Solo el encargado puede hacer esto.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="82"/>
        <source>TRAINEE</source>
        <translation>APRENDIZ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="83"/>
        <source>MANAGER ›</source>
        <translation>ENCARGADO ›</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="93"/>
        <source>Your screen: terminals, erasure, offline locks, refused writes, scanner settings (Ctrl+M)</source>
        <translation>Su pantalla: terminales, borrado, bloqueos sin conexión, registros rechazados, ajustes del escáner (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="90"/>
        <source>Role: {role}</source>
        <translation>Función: {role}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="128"/>
        <source>Trainee: you can find shoppers and look at their profiles, stock and orders. Notes, edits and orders change the store&apos;s real data, so their buttons are off for trainees; practise them in training mode.</source>
        <translation>En formación: puede buscar clientes y ver sus perfiles, el stock y los pedidos. Las notas, los cambios y los pedidos modifican los datos reales de la tienda, así que sus botones están desactivados para el personal en formación; practíquelos en el modo de formación.</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="68"/>
        <location filename="../../clienteling/ui/scan_router.py" line="77"/>
        <source>Reading the picture…</source>
        <translation>Leyendo la imagen…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="89"/>
        <source>No barcode or QR code was found in the picture. Try a sharper one.</source>
        <translation>No se encontró ningún código de barras ni QR en la imagen. Prueba con una más nítida.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="104"/>
        <source>The scan could not be used: {why}</source>
        <translation>No se pudo usar el escaneo: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="111"/>
        <source>The scan was empty. Scan the code again.</source>
        <translation>El escaneo llegó vacío. Escanea el código otra vez.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="112"/>
        <source>The code is far too long to be one this store uses.</source>
        <translation>El código es demasiado largo para ser uno de los que usa esta tienda.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="114"/>
        <source>The scanner sent something that is not text. Check the scanner&apos;s settings.</source>
        <translation>El escáner envió algo que no es texto. Revisa la configuración del escáner.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="117"/>
        <source>The scanner sent a control character inside the code. Check the scanner&apos;s settings.</source>
        <translation>El escáner envió un carácter de control dentro del código. Revisa la configuración del escáner.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="120"/>
        <location filename="../../clienteling/ui/scan_router.py" line="140"/>
        <source>This is not a code this store uses.</source>
        <translation>Este no es un código que use esta tienda.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="122"/>
        <source>The check digit is wrong: scan it again, or type the number carefully.</source>
        <translation>El dígito de control es incorrecto: escanéalo otra vez o escribe el número con cuidado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="124"/>
        <source>The code has the wrong number of characters.</source>
        <translation>El código tiene un número de caracteres incorrecto.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="125"/>
        <source>The code has characters that do not belong in it.</source>
        <translation>El código tiene caracteres que no le corresponden.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="126"/>
        <source>The label holds a date that does not exist.</source>
        <translation>La etiqueta lleva una fecha que no existe.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="127"/>
        <source>The label holds GS1 data this app does not read.</source>
        <translation>La etiqueta lleva datos GS1 que esta app no lee.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="128"/>
        <source>The label holds the same GS1 field twice.</source>
        <translation>La etiqueta lleva el mismo campo GS1 dos veces.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="129"/>
        <source>The code is incomplete or damaged.</source>
        <translation>El código está incompleto o dañado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="131"/>
        <source>This shopper code was altered or does not come from our app.</source>
        <translation>Este código de cliente se ha alterado o no viene de nuestra app.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="134"/>
        <source>This shopper code has expired: ask the shopper to open it again in the app.</source>
        <translation>Este código de cliente ha caducado: pide al cliente que lo vuelva a abrir en la app.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="137"/>
        <source>This terminal is not set up to check this kind of shopper code.</source>
        <translation>Este terminal no está configurado para comprobar este tipo de código de cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="146"/>
        <source>Product barcode</source>
        <translation>Código de barras de producto</translation>
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
        <translation>Página de producto de nuestra tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="150"/>
        <source>Loyalty card</source>
        <translation>Tarjeta de fidelización</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="151"/>
        <source>Shopper code from our app</source>
        <translation>Código de cliente de nuestra app</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="152"/>
        <source>Order tracking code</source>
        <translation>Código de seguimiento de pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="153"/>
        <source>Terminal enrollment code</source>
        <translation>Código de alta de terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="154"/>
        <source>Shopper sign-up code</source>
        <translation>Código de registro de cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="155"/>
        <source>Not accepted</source>
        <translation>No aceptado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="177"/>
        <source>Loyalty card {card}: this shopper is not in this store&apos;s list; connect to HQ to look them up.</source>
        <translation>Tarjeta de fidelización {card}: este cliente no está en la lista de esta tienda; conéctate con la central para buscarlo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="183"/>
        <source>No shopper has the loyalty card {card}.</source>
        <translation>Ningún cliente tiene la tarjeta de fidelización {card}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="188"/>
        <source>This GS1 label has no product number (GTIN) to look up.</source>
        <translation>Esta etiqueta GS1 no tiene número de producto (GTIN) que buscar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="191"/>
        <source>No product with the code {code} is in the catalog on this terminal.</source>
        <translation>Ningún producto con el código {code} está en el catálogo de este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="200"/>
        <source>Order {order} is not on this terminal; connect to HQ to look it up.</source>
        <translation>El pedido {order} no está en este terminal; conéctate con la central para buscarlo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="204"/>
        <source>HQ knows no order {order}.</source>
        <translation>La central no conoce el pedido {order}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="208"/>
        <source>This is a terminal enrollment code. This terminal is already enrolled with {store}: scan the code on the new terminal instead.</source>
        <translation>Este es un código de alta de terminal. Este terminal ya está dado de alta en {store}: escanea el código en el terminal nuevo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="216"/>
        <source>This is a shopper sign-up code: the shopper scans it with their phone to join the loyalty programme.</source>
        <translation>Este es un código de registro de cliente: el cliente lo escanea con su móvil para unirse al programa de fidelización.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="229"/>
        <source>Lot {lot}</source>
        <translation>Lote {lot}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="231"/>
        <source>Serial {serial}</source>
        <translation>Número de serie {serial}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="233"/>
        <source>Expires {date}</source>
        <translation>Caduca el {date}</translation>
    </message>
</context>
<context>
    <name>ScannerSettingsDialog</name>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="125"/>
        <source>This terminal uses its own scanner settings, not the store&apos;s from HQ.</source>
        <translation>Este terminal usa su propia configuración del escáner, no la de la tienda enviada por la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="128"/>
        <source>These are the store&apos;s scanner settings from HQ. Saving makes them this terminal&apos;s own.</source>
        <translation>Esta es la configuración del escáner de la tienda, enviada por la central. Al guardarla pasa a ser propia de este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="135"/>
        <source>Use the store&apos;s settings</source>
        <translation>Usar la configuración de la tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="82"/>
        <source>Scanner settings</source>
        <translation>Configuración del escáner</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="88"/>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="89"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="91"/>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="93"/>
        <source>Enter or Tab</source>
        <translation>Intro o Tab</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="94"/>
        <source>Enter</source>
        <translation>Intro</translation>
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
        <translation>Intervalo máximo entre las teclas del escáner</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="104"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="110"/>
        <source>Prefix the scanner sends first</source>
        <translation>Prefijo que el escáner envía primero</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="111"/>
        <source>Suffix after each code</source>
        <translation>Sufijo tras cada código</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="112"/>
        <source>Longest gap between its keys</source>
        <translation>Intervalo máximo entre sus teclas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="116"/>
        <source>Scanners type much faster than people. Raise the gap for a slow Bluetooth scanner; set a prefix if the scanner sends one.</source>
        <translation>Los escáneres teclean mucho más rápido que las personas. Aumenta el intervalo para un escáner Bluetooth lento; define un prefijo si el escáner envía uno.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="141"/>
        <source>Test field</source>
        <translation>Campo de prueba</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="143"/>
        <source>Scan a code here to test, or type one and press Enter</source>
        <translation>Escanea un código aquí para probar, o escribe uno y pulsa Intro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="146"/>
        <source>No scan yet.</source>
        <translation>Aún no hay escaneos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="153"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="156"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="169"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="193"/>
        <source>The prefix cannot be the same as the suffix.</source>
        <translation>El prefijo no puede ser igual al sufijo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="211"/>
        <source>Last scan: {words}</source>
        <translation>Último escaneo: {words}</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="82"/>
        <source>Start this scenario</source>
        <translation>Empezar este escenario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clienteling/ui/coach_pages.py" line="105"/>
        <source>%n scenario(s) for managers are not listed: they practise what only a manager may do (such as erasing a shopper). Sign in as a manager to see them.</source>
        <translation>
            <numerusform>%n escenario para gerentes no aparece: practica lo que solo un gerente puede hacer (como borrar a un cliente). Inicie sesión como gerente para verlo.</numerusform>
            <numerusform>%n escenarios para gerentes no aparecen: practican lo que solo un gerente puede hacer (como borrar a un cliente). Inicie sesión como gerente para verlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clienteling/ui/coach_pages.py" line="1"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
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
        <translation>Detener este escenario</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="236"/>
        <source>Goal: {goal}</source>
        <translation>Objetivo: {goal}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="250"/>
        <source>Hint: {hint}</source>
        <translation>Pista: {hint}</translation>
    </message>
</context>
<context>
    <name>ScenarioSummary</name>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="303"/>
        <source>Your employee ID</source>
        <translation>Su número de empleado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="309"/>
        <source>Keep for my manager</source>
        <translation>Guardar para mi gerente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="355"/>
        <source>Your result reaches your manager when you next sign in at a store terminal of this machine.</source>
        <translation>Su resultado llega a su gerente la próxima vez que inicie sesión en un terminal de la tienda en esta máquina.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="363"/>
        <source>Type your own employee ID first.</source>
        <translation>Escriba primero su propio número de empleado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="372"/>
        <source>Kept for {employee}: it reaches your manager when {employee} next signs in at a store terminal of this machine.</source>
        <translation>Guardado para {employee}: llega a su gerente cuando {employee} inicie sesión de nuevo en un terminal de la tienda en esta máquina.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="379"/>
        <source>The result was not kept: {why}</source>
        <translation>El resultado no se guardó: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="316"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="317"/>
        <source>Next scenario</source>
        <translation>Siguiente escenario</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="319"/>
        <source>All scenarios</source>
        <translation>Todos los escenarios</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="339"/>
        <source>Done: {title}</source>
        <translation>Terminado: {title}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="342"/>
        <source>Time: {time} · Hints used: {hints} · Mistakes: {mistakes}</source>
        <translation>Tiempo: {time} · Pistas usadas: {hints} · Errores: {mistakes}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="349"/>
        <source>No mistakes: well done.</source>
        <translation>Ningún error: bien hecho.</translation>
    </message>
</context>
<context>
    <name>ShopperModel</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="43"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="44"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="45"/>
        <source>Home store</source>
        <translation>Tienda habitual</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="46"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="47"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="76"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="80"/>
        <source>Tap your name</source>
        <translation>Toca tu nombre</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="93"/>
        <source>No associates of this store on this terminal yet; type your id.</source>
        <translation>Aún no hay vendedores de esta tienda en este terminal; escribe tu número de empleado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="105"/>
        <location filename="../../clienteling/ui/signin.py" line="106"/>
        <source>Employee id</source>
        <translation>Número de empleado</translation>
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
        <translation>Número de empleado y PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="151"/>
        <source>Store: {name}</source>
        <translation>Tienda: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="164"/>
        <source>{name}   ·   {role}</source>
        <translation>{name}   ·   {role}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="190"/>
        <source>Training PIN: {pin}</source>
        <translation>PIN de formación: {pin}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="229"/>
        <source>Tap your name or type your employee id.</source>
        <translation>Toca tu nombre o escribe tu número de empleado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="233"/>
        <source>Type your PIN.</source>
        <translation>Escribe tu PIN.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="257"/>
        <source>Not signed in: {why}</source>
        <translation>No se inició sesión: {why}</translation>
    </message>
</context>
<context>
    <name>SignUpDialog</name>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="131"/>
        <source>TRAINING · not a real sign-up</source>
        <translation>FORMACIÓN · no es un registro real</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="132"/>
        <location filename="../../clienteling/ui/signup.py" line="133"/>
        <source>Sign-up QR for the shopper&apos;s phone</source>
        <translation>QR de registro para el móvil del cliente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="140"/>
        <source>Sign-up QR code</source>
        <translation>Código QR de registro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="141"/>
        <source>Store: {store}</source>
        <translation>Tienda: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="143"/>
        <source>Credited to: {associate}</source>
        <translation>Se atribuye a: {associate}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="148"/>
        <source>Ask the shopper to point their phone&apos;s camera at the code and open the link: they join on our sign-up page, credited to this store and to you.</source>
        <translation>Pide al cliente que apunte la cámara del móvil al código y abra el enlace: se registra en nuestra página, y el alta se atribuye a esta tienda y a ti.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="163"/>
        <source>HQ has not set the chain&apos;s sign-up page yet, so a phone cannot open this code. Ask HQ support to set it.</source>
        <translation>La central aún no ha configurado la página de registro de la cadena, así que un móvil no puede abrir este código. Pide al soporte de la central que la configure.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="175"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="177"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="179"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="260"/>
        <source>Save sign-up QR</source>
        <translation>Guardar QR de registro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="260"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="276"/>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="278"/>
        <source>The QR code was not saved: {why}</source>
        <translation>El código QR no se guardó: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="291"/>
        <source>The printer could not be opened.</source>
        <translation>No se pudo abrir la impresora.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="330"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>SlipActions</name>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="94"/>
        <source>Save slip as PDF…</source>
        <translation>Guardar comprobante en PDF…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="96"/>
        <source>Print slip…</source>
        <translation>Imprimir comprobante…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="116"/>
        <source>Save slip</source>
        <translation>Guardar comprobante</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="118"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="132"/>
        <source>Slip saved: {path}</source>
        <translation>Comprobante guardado: {path}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="135"/>
        <source>The slip was not saved: {why}</source>
        <translation>El comprobante no se guardó: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="155"/>
        <source>The printer could not be opened.</source>
        <translation>No se pudo abrir la impresora.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="165"/>
        <source>Slip sent to the printer.</source>
        <translation>Comprobante enviado a la impresora.</translation>
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
        <location filename="../../clienteling/ui/status.py" line="50"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="57"/>
        <source>Sign-up QR</source>
        <translation>QR de registro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="58"/>
        <source>Sign-up QR for the shopper&apos;s phone (Ctrl+J)</source>
        <translation>QR de registro para el móvil del cliente (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="82"/>
        <source>● Online</source>
        <translation>● Conectado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="83"/>
        <source>● Offline</source>
        <translation>● Sin conexión</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="85"/>
        <source>● Syncing…</source>
        <translation>● Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="91"/>
        <source>Last sync: {age}</source>
        <translation>Última sincronización: {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="92"/>
        <source>Queued: {n}</source>
        <translation>En cola: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="94"/>
        <source>Refused: {n}</source>
        <translation>Rechazados: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="118"/>
        <source>{name} (signed in offline)</source>
        <translation>{name} (sesión sin conexión)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="81"/>
        <source>● Connecting…</source>
        <translation>● Conectando…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="84"/>
        <source>● HQ having trouble</source>
        <translation>● Central con problemas</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="139"/>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="141"/>
        <source>Products and stock</source>
        <translation>Productos y stock</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="143"/>
        <source>Scan with camera</source>
        <translation>Escanear con la cámara</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="151"/>
        <source>Product name, SKU or GTIN</source>
        <translation>Nombre del producto, SKU o GTIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="152"/>
        <location filename="../../clienteling/ui/stock.py" line="156"/>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="167"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="168"/>
        <source>Style</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="169"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="179"/>
        <source>Find a product to see its stock.</source>
        <translation>Busca un producto para ver su stock.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="191"/>
        <source>Stock here by size and colour</source>
        <translation>Stock aquí por talla y color</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="209"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="210"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="211"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="212"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="217"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="219"/>
        <source>Order for delivery or pick-up…</source>
        <translation>Pedido para entrega o recogida…</translation>
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
        <translation>Escribe el nombre de un producto, o escanea o escribe un SKU o GTIN.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="307"/>
        <source>Enter shows the first product.</source>
        <translation>Enter muestra el primer producto.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="310"/>
        <source>No product in the catalog matches “{query}”.</source>
        <translation>Ningún producto del catálogo coincide con «{query}».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="317"/>
        <source>The search did not work: {why}</source>
        <translation>La búsqueda no funcionó: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="335"/>
        <source>Asking HQ for the latest figures…</source>
        <translation>Pidiendo las cifras más recientes a la central…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="342"/>
        <source>The stock could not be read: {why}</source>
        <translation>No se pudo leer el stock: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="373"/>
        <source>This item is not in the catalog on this terminal.</source>
        <translation>Este artículo no está en el catálogo de este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="380"/>
        <source>From the scanned label: {facts}</source>
        <translation>De la etiqueta escaneada: {facts}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="388"/>
        <source>Style {style}</source>
        <translation>Modelo {style}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="396"/>
        <source>Available here ({store}) by colour and size</source>
        <translation>Disponible aquí ({store}) por color y talla</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="405"/>
        <source>{colour}, size {size}: {n} here</source>
        <translation>{colour}, talla {size}: {n} aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="454"/>
        <source>Open a shopper&apos;s profile first to order for them.</source>
        <translation>Abre primero el perfil de un cliente para pedir para él.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="428"/>
        <source>Other stores, nearest first — {fresh}.</source>
        <translation>Otras tiendas, la más cercana primero — {fresh}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="430"/>
        <source>Other stores, nearest first — {fresh}; HQ did not answer.</source>
        <translation>Otras tiendas, la más cercana primero — {fresh}; la central no respondió.</translation>
    </message>
</context>
<context>
    <name>StoreActivity</name>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="88"/>
        <source>Daily chart. Left and Right choose a day, Home and End the first and the last, Up and Down the figure; Enter or Space opens that day&apos;s records.</source>
        <translation>Gráfico diario. Izquierda y Derecha eligen un día, Inicio y Fin el primero y el último, Arriba y Abajo la cifra; Intro o Espacio abre los registros de ese día.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="114"/>
        <source>{weekday} {date}</source>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="118"/>
        <source>{day} · {figure}: nothing to compute it from that day.</source>
        <translation>{day} · {figure}: ese día no hay nada con que calcularlo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="122"/>
        <source>{day} · {figure}: {value}. Enter or Space opens its records.</source>
        <translation>{day} · {figure}: {value}. Intro o Espacio abre sus registros.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="113"/>
        <source>No scenario finished.</source>
        <translation>Ningún escenario terminado.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="169"/>
        <source>Training never counts in these figures. Trainees&apos; scenario results come from HQ: they show here when HQ answers.</source>
        <translation>El entrenamiento nunca cuenta en estas cifras. Los resultados de los escenarios de los aprendices vienen de la central: aparecen aquí cuando la central responde.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="175"/>
        <source>Trainees&apos; scenarios finished in this period, from training mode. Training never counts in these figures.</source>
        <translation>Escenarios terminados por los aprendices en este periodo, en el modo de entrenamiento. El entrenamiento nunca cuenta en estas cifras.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="512"/>
        <source>TRAINING · practice figures, not a real store</source>
        <translation>ENTRENAMIENTO · cifras de práctica, no es una tienda real</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="322"/>
        <source>Orders and their value</source>
        <translation>Pedidos y su valor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="51"/>
        <source>Engagement</source>
        <translation>Relación con clientes</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="52"/>
        <source>Orders from the store</source>
        <translation>Pedidos de la tienda</translation>
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
        <translation>Periodo anterior: {value}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="92"/>
        <source>Previous period: {value} ({change} %)</source>
        <translation>Periodo anterior: {value} ({change} %)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="99"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="100"/>
        <source>Order HQ refused</source>
        <translation>Pedido rechazado por la central</translation>
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
        <translation>Perfil abierto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="104"/>
        <source>Preference edit</source>
        <translation>Preferencia cambiada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="105"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="106"/>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="107"/>
        <source>Visit rating</source>
        <translation>Valoración de la visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="121"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="122"/>
        <source>Web</source>
        <translation>Web</translation>
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
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="126"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="112"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="113"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="114"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="115"/>
        <source>Custom days</source>
        <translation>Otros días</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="125"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="125"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="130"/>
        <source>Show these days</source>
        <translation>Mostrar esos días</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="132"/>
        <source>From</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="133"/>
        <source>to</source>
        <translation>al</translation>
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
        <translation>Cifras</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="154"/>
        <source>Day by day</source>
        <translation>Día a día</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="155"/>
        <source>Associates</source>
        <translation>Vendedores</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="156"/>
        <source>Not seen for a while</source>
        <translation>Sin venir hace tiempo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="60"/>
        <location filename="../../clienteling/ui/store_activity.py" line="197"/>
        <location filename="../../clienteling/ui/store_activity.py" line="433"/>
        <source>Counted on this terminal</source>
        <translation>Contado en este terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="47"/>
        <source>Everyone who worked in the store in the period, by name. Tap a heading to sort by it, tap a figure to see its records. A sale goes to one associate only.</source>
        <translation>Todos los que trabajaron en la tienda en el periodo, por nombre. Toca un título para ordenar por él, toca una cifra para ver sus registros. Una venta va a un solo vendedor.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="99"/>
        <source>Nobody&apos;s activity yet.</source>
        <translation>Aún no hay actividad.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="252"/>
        <source>No regular is missing.</source>
        <translation>No falta ningún cliente habitual.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="290"/>
        <source>Asking HQ for the store&apos;s figures…</source>
        <translation>Pidiendo a la central las cifras de la tienda…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="298"/>
        <source>HQ did not answer: reading what this terminal keeps…</source>
        <translation>La central no respondió: leyendo lo que guarda este terminal…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="306"/>
        <source>The store&apos;s figures could not be shown: {why}</source>
        <translation>No se pudieron mostrar las cifras de la tienda: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="317"/>
        <source>HQ&apos;s figures for {first} to {last}, as of {when}.</source>
        <translation>Cifras de la central del {first} al {last}, a las {when}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="324"/>
        <source>HQ could not be reached. Shown: the report kept on this terminal for {first} to {last}, as of {when}.</source>
        <translation>No se pudo contactar con la central. Se muestra: el informe guardado en este terminal del {first} al {last}, a las {when}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="332"/>
        <source>HQ could not be reached and no report of this period is kept on this terminal. Below: what this terminal can count by itself.</source>
        <translation>No se pudo contactar con la central y este terminal no guarda ningún informe de este periodo. Abajo: lo que este terminal puede contar por sí mismo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="351"/>
        <source>No daily figures without HQ&apos;s report.</source>
        <translation>Sin cifras diarias sin el informe de la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="362"/>
        <source>Conversion window: {n} days. {rule}</source>
        <translation>Ventana de conversión: {n} días. {rule}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="371"/>
        <source>One point per day of the period; a day without ratings has no CSAT point. Tap a day to see the records behind it, or Tab to a chart, choose a day with the arrow keys and press Enter.</source>
        <translation>Un punto por día del periodo; un día sin valoraciones no tiene punto de CSAT. Toca un día para ver los registros que lo componen, o pasa con Tab a un gráfico, elige un día con las flechas y pulsa Intro.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="379"/>
        <source>Regulars of the store nobody served and who bought nothing for a while, who agreed to be contacted (only their consented channels are shown). Tap one to open them.</source>
        <translation>Clientes habituales de la tienda a los que nadie atendió y que no compran hace tiempo, y que aceptaron ser contactados (solo se muestran los canales autorizados). Toca uno para abrirlo.</translation>
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
        <translation>No son cifras de la central: contadas en este terminal a partir de su caché, del {first} al {last}. Notas y seguimientos hasta la última sincronización ({when}) y los registros hechos en este terminal; valoraciones de visita solo de este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="414"/>
        <source>The records need HQ: it could not be reached.</source>
        <translation>Los registros necesitan la central: no se pudo contactar con ella.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="454"/>
        <source>{scope}, {first} to {last}</source>
        <translation>{scope}, del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="481"/>
        <source>Export the store&apos;s activity</source>
        <translation>Exportar la actividad de la tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="509"/>
        <source>Kept on this terminal: HQ could not be reached.</source>
        <translation>Guardado en este terminal: no se pudo contactar con la central.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="516"/>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="452"/>
        <source>{scope}, {day}</source>
        <translation>{scope}, {day}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="155"/>
        <source>From this terminal&apos;s cache, as of {when}: not HQ&apos;s figures. Notes and follow-ups as of that sync and the writes made on this terminal; visit ratings made on this terminal only.</source>
        <translation>De la caché de este terminal, a fecha de {when}: no son cifras de la central. Notas y seguimientos hasta esa sincronización y los registros hechos en este terminal; valoraciones de visita solo de este terminal.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="136"/>
        <source>HQ&apos;s figures as kept on this terminal, as of {when}.</source>
        <translation>Cifras de la central guardadas en este terminal, a fecha de {when}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="71"/>
        <source>Nothing counted here.</source>
        <translation>Nada contado aquí.</translation>
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
        <translation>No convertido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="181"/>
        <source>Trainees&apos; scenarios finished in this period, as HQ gave them with the kept report ({when}). Training never counts in these figures.</source>
        <translation>Escenarios terminados por los aprendices en este periodo, tal como la central los dio con el informe guardado ({when}). El entrenamiento nunca cuenta en estas cifras.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="436"/>
        <source>{name}, counted on this terminal</source>
        <translation>{name}, contado en este terminal</translation>
    </message>
    <message>
        <source>Shoppers served</source>
        <translation>Clientes atendidos</translation>
    </message>
    <message>
        <source>Different shoppers served in the period (profile opened, note added or order placed); a shopper served by two associates counts once for the store.</source>
        <translation>Clientes distintos atendidos en el periodo (perfil abierto, nota añadida o pedido hecho); un cliente atendido por dos vendedores cuenta una vez para la tienda.</translation>
    </message>
    <message>
        <source>Profiles opened</source>
        <translation>Perfiles abiertos</translation>
    </message>
    <message>
        <source>Times an associate opened a shopper&apos;s profile at one of the store&apos;s terminals.</source>
        <translation>Veces que un vendedor abrió el perfil de un cliente en un terminal de la tienda.</translation>
    </message>
    <message>
        <source>Notes added</source>
        <translation>Notas añadidas</translation>
    </message>
    <message>
        <source>Notes about shoppers written at the store&apos;s terminals.</source>
        <translation>Notas sobre clientes escritas en los terminales de la tienda.</translation>
    </message>
    <message>
        <source>Preference edits</source>
        <translation>Preferencias cambiadas</translation>
    </message>
    <message>
        <source>Changes to shoppers&apos; sizes, fit, brands, colours or styles sent from the store&apos;s terminals (each changed field counts once).</source>
        <translation>Cambios de tallas, ajuste, marcas, colores o estilos de los clientes enviados desde los terminales de la tienda (cada campo cambiado cuenta una vez).</translation>
    </message>
    <message>
        <source>Follow-ups created</source>
        <translation>Seguimientos creados</translation>
    </message>
    <message>
        <source>Follow-up tasks with shoppers created at the store in the period.</source>
        <translation>Tareas de seguimiento de clientes creadas en la tienda en el periodo.</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Seguimientos hechos</translation>
    </message>
    <message>
        <source>Follow-up tasks of the store marked done in the period, counted for the associate who created them.</source>
        <translation>Tareas de seguimiento de la tienda marcadas como hechas en el periodo, contadas para el vendedor que las creó.</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>Seguimientos hechos a tiempo</translation>
    </message>
    <message>
        <source>Follow-ups done in the period no later than their due time (or with no due time).</source>
        <translation>Seguimientos hechos en el periodo no más tarde de su hora prevista (o sin hora prevista).</translation>
    </message>
    <message>
        <source>Feedback captured</source>
        <translation>Valoraciones registradas</translation>
    </message>
    <message>
        <source>Shopper satisfaction ratings recorded at the store&apos;s terminals.</source>
        <translation>Valoraciones de satisfacción de clientes registradas en los terminales de la tienda.</translation>
    </message>
    <message>
        <source>CSAT average</source>
        <translation>Media de CSAT</translation>
    </message>
    <message>
        <source>Average of the satisfaction ratings (1 to 5) recorded in the period; empty when none was recorded.</source>
        <translation>Media de las valoraciones de satisfacción (1 a 5) registradas en el periodo; vacía cuando no hubo ninguna.</translation>
    </message>
    <message>
        <source>CSAT distribution</source>
        <translation>Distribución de CSAT</translation>
    </message>
    <message>
        <source>How many ratings of each score, 1 to 5, were recorded in the period (the value is the number of ratings; the parts give each score&apos;s count).</source>
        <translation>Cuántas valoraciones de cada nota, de 1 a 5, se registraron en el periodo (el valor es el número de valoraciones; las partes dan la cuenta de cada nota).</translation>
    </message>
    <message>
        <source>Orders placed</source>
        <translation>Pedidos hechos</translation>
    </message>
    <message>
        <source>Delivery and pick-up orders sent from the store&apos;s terminals in the period, accepted or refused by HQ.</source>
        <translation>Pedidos de envío y de recogida enviados desde los terminales de la tienda en el periodo, aceptados o rechazados por la central.</translation>
    </message>
    <message>
        <source>Orders confirmed</source>
        <translation>Pedidos confirmados</translation>
    </message>
    <message>
        <source>Orders from the store that HQ accepted and reserved stock for.</source>
        <translation>Pedidos de la tienda que la central aceptó y para los que reservó existencias.</translation>
    </message>
    <message>
        <source>Orders refused</source>
        <translation>Pedidos rechazados</translation>
    </message>
    <message>
        <source>Orders from the store that HQ refused because the items were not in stock anywhere it could take them from.</source>
        <translation>Pedidos de la tienda que la central rechazó porque los artículos no estaban en existencias en ningún sitio de donde pudiera tomarlos.</translation>
    </message>
    <message>
        <source>Orders cancelled</source>
        <translation>Pedidos cancelados</translation>
    </message>
    <message>
        <source>Confirmed orders from the store in the period that are now cancelled.</source>
        <translation>Pedidos confirmados de la tienda en el periodo que ahora están cancelados.</translation>
    </message>
    <message>
        <source>Orders value</source>
        <translation>Valor de los pedidos</translation>
    </message>
    <message>
        <source>Value of the confirmed orders from the store (units times price), cancelled ones included.</source>
        <translation>Valor de los pedidos confirmados de la tienda (unidades por precio), incluidos los cancelados.</translation>
    </message>
    <message>
        <source>Saved sales</source>
        <translation>Ventas salvadas</translation>
    </message>
    <message>
        <source>Confirmed orders with at least one item that the store did not have available when the order was placed: a sale the store would otherwise have lost.</source>
        <translation>Pedidos confirmados con al menos un artículo que la tienda no tenía disponible cuando se hizo el pedido: una venta que la tienda habría perdido.</translation>
    </message>
    <message>
        <source>Saved sales value</source>
        <translation>Valor de las ventas salvadas</translation>
    </message>
    <message>
        <source>Value of the saved sales (the whole order).</source>
        <translation>Valor de las ventas salvadas (el pedido entero).</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Envío a domicilio</translation>
    </message>
    <message>
        <source>Confirmed orders shipped to the shopper&apos;s address.</source>
        <translation>Pedidos confirmados enviados a la dirección del cliente.</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>Recogida</translation>
    </message>
    <message>
        <source>Confirmed orders for collection in a store.</source>
        <translation>Pedidos confirmados para recoger en una tienda.</translation>
    </message>
    <message>
        <source>Order to delivery</source>
        <translation>Del pedido a la entrega</translation>
    </message>
    <message>
        <source>Average hours from placing a confirmed order of the period to its delivery or collection, over the orders delivered or collected so far; empty when none was.</source>
        <translation>Media de horas desde que se hizo un pedido confirmado del periodo hasta su entrega o recogida, sobre los pedidos entregados o recogidos hasta ahora; vacía cuando no hubo ninguno.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Share of the shoppers served in the period who made a purchase in any channel within N days after being served (N: the chain&apos;s conversion window).</source>
        <translation>Proporción de los clientes atendidos en el periodo que hicieron una compra en cualquier canal en los N días siguientes a la atención (N: la ventana de conversión de la cadena).</translation>
    </message>
    <message>
        <source>Influenced sales</source>
        <translation>Ventas influidas</translation>
    </message>
    <message>
        <source>Value of the purchases in the period (any channel) that go to the store&apos;s associates by the attribution rule: the last associate who served the shopper within N days before the purchase gets it whole, never split or doubled.</source>
        <translation>Valor de las compras del periodo (cualquier canal) atribuidas a los vendedores de la tienda por la regla de atribución: el último vendedor que atendió al cliente en los N días antes de la compra se la lleva entera, nunca dividida ni duplicada.</translation>
    </message>
    <message>
        <source>Influenced purchases</source>
        <translation>Compras influidas</translation>
    </message>
    <message>
        <source>Number of purchases counted in influenced sales.</source>
        <translation>Número de compras contadas en las ventas influidas.</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <source>Influenced sales divided by influenced purchases; empty when there were none.</source>
        <translation>Ventas influidas divididas por las compras influidas; vacío cuando no hubo ninguna.</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Tasa de recompra</translation>
    </message>
    <message>
        <source>Share of the shoppers with an influenced purchase in the period who made more than one purchase (any channel) in the period.</source>
        <translation>Proporción de los clientes con una compra influida en el periodo que hicieron más de una compra (cualquier canal) en el periodo.</translation>
    </message>
    <message>
        <source>Lifetime value of served shoppers</source>
        <translation>Valor total de los clientes atendidos</translation>
    </message>
    <message>
        <source>Average, over the shoppers served in the period, of everything each has bought (any channel, returns taken off) up to the end of the period.</source>
        <translation>Media, entre los clientes atendidos en el periodo, de todo lo que cada uno ha comprado (cualquier canal, descontadas las devoluciones) hasta el final del periodo.</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Mezcla de canales</translation>
    </message>
    <message>
        <source>Influenced sales by channel (store, web, app, marketplace): the value is the total, the parts each channel&apos;s value.</source>
        <translation>Ventas influidas por canal (tienda, web, app, marketplace): el valor es el total, las partes el valor de cada canal.</translation>
    </message>
    <message>
        <source>A purchase (in any channel: store, web, app, marketplace) is influenced when an associate served the shopper in the N days before it (N: the chain&apos;s conversion window, 14 days unless the chain sets another). It goes whole to the last associate who served the shopper before it, and to that associate&apos;s store; it is never split between associates and never counted twice.</source>
        <translation>Una compra (en cualquier canal: tienda, web, app, marketplace) es influida cuando un vendedor atendió al cliente en los N días anteriores (N: la ventana de conversión de la cadena, 14 días salvo que la cadena fije otra). Va entera al último vendedor que atendió al cliente antes de ella, y a la tienda de ese vendedor; nunca se divide entre vendedores ni se cuenta dos veces.</translation>
    </message>
    <message>
        <source>an associate served a shopper when they opened the shopper&apos;s profile, added a note about them or placed an order for them at one of the store&apos;s terminals</source>
        <translation>un vendedor atendió a un cliente cuando abrió el perfil del cliente, añadió una nota sobre él o hizo un pedido para él en uno de los terminales de la tienda</translation>
    </message>
</context>
<context>
    <name>StoreActivityPdf</name>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="199"/>
        <source>Store activity: {store}</source>
        <translation>Actividad de la tienda: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="206"/>
        <source>{first} to {last}, as of {when}</source>
        <translation>Del {first} al {last}, a las {when}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="216"/>
        <source>Store activity</source>
        <translation>Actividad de la tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="224"/>
        <source>Counted on this terminal from its cache (not HQ&apos;s figures)</source>
        <translation>Contado en este terminal a partir de su caché (no son cifras de la central)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="257"/>
        <source>Day by day</source>
        <translation>Día a día</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="265"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="278"/>
        <source>Associates (by name)</source>
        <translation>Vendedores (por nombre)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="283"/>
        <source>Associate</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="183"/>
        <source>Figures of {name} ({id}) only; the previous period is the store&apos;s.</source>
        <translation>Solo las cifras de {name} ({id}); el periodo anterior es el de la tienda.</translation>
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
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="18"/>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="19"/>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="20"/>
        <source>Platinum</source>
        <translation>Platino</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="27"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="28"/>
        <source>Web</source>
        <translation>Web</translation>
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
        <translation>En formación</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="39"/>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="46"/>
        <source>Browsing</source>
        <translation>Mirando</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="47"/>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="48"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="49"/>
        <source>Alteration</source>
        <translation>Arreglo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="50"/>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="51"/>
        <source>Pick-up</source>
        <translation>Recogida</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="52"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="53"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="60"/>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="61"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="62"/>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="63"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="70"/>
        <source>Placed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="71"/>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="72"/>
        <source>Picked</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="73"/>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="74"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="75"/>
        <source>Ready for pick-up</source>
        <translation>Listo para recoger</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="76"/>
        <source>Collected</source>
        <translation>Recogido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="77"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="85"/>
        <source>the stores</source>
        <translation>las tiendas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="86"/>
        <source>the products</source>
        <translation>los productos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="87"/>
        <source>the associates</source>
        <translation>los vendedores</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="88"/>
        <source>the shoppers</source>
        <translation>los clientes</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="89"/>
        <source>the purchases</source>
        <translation>las compras</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="90"/>
        <source>the notes</source>
        <translation>las notas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="91"/>
        <source>the wishlists</source>
        <translation>las listas de deseos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="92"/>
        <source>the tasks</source>
        <translation>las tareas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="93"/>
        <source>the stock</source>
        <translation>el stock</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="94"/>
        <source>the orders</source>
        <translation>los pedidos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="156"/>
        <source>Apartment, floor (optional)</source>
        <translation>Piso, puerta (opcional)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="159"/>
        <source>Region (optional)</source>
        <translation>Provincia (opcional)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="160"/>
        <source>Country (two letters)</source>
        <translation>País (dos letras)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="171"/>
        <source>Delivery address</source>
        <translation>Dirección de envío</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="155"/>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="157"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="158"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="172"/>
        <source>Pick-up store</source>
        <translation>Tienda de recogida</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="173"/>
        <location filename="../../clienteling/ui/texts.py" line="174"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="175"/>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="195"/>
        <source>this shopper is no longer on this terminal (erased, or moved out of this store&apos;s list at HQ); find them again</source>
        <translation>este cliente ya no está en este terminal (borrado, o ya no figura en la lista de esta tienda en la central); búscalo de nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="201"/>
        <source>item {sku} is no longer in the catalog on this terminal; choose another</source>
        <translation>el artículo {sku} ya no está en el catálogo de este terminal; elige otro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="205"/>
        <source>this store no longer ships to the shopper&apos;s home (switched off at HQ); choose pick-up in a store</source>
        <translation>esta tienda ya no envía al domicilio del cliente (desactivado en la central); elige recogida en tienda</translation>
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
        <translation>ahora mismo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="220"/>
        <source>as of {age}</source>
        <translation>actualizado {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="131"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="146"/>
        <source>Queued — will be sent when HQ is back</source>
        <translation>En cola — se enviará cuando vuelva la central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="148"/>
        <source>Refused by HQ</source>
        <translation>Rechazado por la central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="131"/>
        <source>Beige</source>
        <translation>Beis</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="127"/>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="134"/>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="135"/>
        <source>Brown</source>
        <translation>Marrón</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="112"/>
        <source>Event-goer</source>
        <translation>Asiste a eventos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="110"/>
        <source>Gift buyer</source>
        <translation>Compra regalos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="136"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="130"/>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="108"/>
        <source>Lapsed</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="129"/>
        <source>Navy</source>
        <translation>Azul marino</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="107"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="132"/>
        <source>Olive</source>
        <translation>Oliva</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="111"/>
        <source>Online first</source>
        <translation>Prefiere online</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="133"/>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="109"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="128"/>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="48"/>
        <source>Something went wrong ({kind}); try again</source>
        <translation>Algo salió mal ({kind}); inténtalo de nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="75"/>
        <source>HQ does not recognise this sign-in; sign in again</source>
        <translation>la central no reconoce este inicio de sesión; vuelve a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="78"/>
        <source>your session expired; sign in again (your work is kept)</source>
        <translation>tu sesión caducó; vuelve a iniciar sesión (tu trabajo se conserva)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="81"/>
        <source>your session was ended at HQ (PIN changed, employee id disabled or terminal revoked); sign in again, or ask the store manager</source>
        <translation>la central cerró tu sesión (PIN cambiado, número de empleado desactivado o terminal revocado); vuelve a iniciar sesión o habla con el gerente de la tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="86"/>
        <source>this terminal was revoked at HQ; it must be enrolled again with a new code</source>
        <translation>la central revocó este terminal; hay que darlo de alta de nuevo con un código nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="89"/>
        <source>the authority to send these offline writes ended at HQ, so they were set aside; sign in on this terminal while HQ answers</source>
        <translation>la autorización para enviar lo guardado sin conexión terminó en la central, así que se apartó; inicia sesión en este terminal mientras la central responda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="94"/>
        <source>the employee id or PIN is wrong (associates sign in at the terminals of their own store)</source>
        <translation>el número de empleado o el PIN no es correcto (cada vendedor inicia sesión en los terminales de su propia tienda)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="98"/>
        <source>this enrollment code is not known; check it or ask for a new one</source>
        <translation>este código de alta no existe; revísalo o pide uno nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="101"/>
        <source>this enrollment code has expired; ask for a new one</source>
        <translation>este código de alta caducó; pide uno nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="104"/>
        <source>this enrollment code was already used; ask for a new one</source>
        <translation>este código de alta ya se usó; pide uno nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="107"/>
        <source>HQ does not allow this for your role or for this store</source>
        <translation>la central no permite esto para tu función o para esta tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="110"/>
        <source>HQ did not find this (it may have been removed); refresh and try again</source>
        <translation>la central no lo encontró (puede que se haya quitado); actualiza e inténtalo de nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="72"/>
        <source>HQ does not know this shopper; search for the shopper again</source>
        <translation>la central no conoce a este cliente; búscalo de nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="113"/>
        <source>HQ does not take this request (this terminal and HQ may run different versions); tell IT support</source>
        <translation>la central no acepta esta solicitud (puede que el terminal y la central tengan versiones distintas); avisa al soporte de TI</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="118"/>
        <source>HQ already holds a different request under this one&apos;s number, so it was set aside; tell IT support</source>
        <translation>la central ya tiene otra solicitud con este mismo número, así que esta se apartó; avisa al soporte de TI</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="123"/>
        <source>the order cannot move to that status from where it stands now; open the orders again</source>
        <translation>el pedido no puede pasar a ese estado desde el actual; vuelve a abrir los pedidos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="127"/>
        <source>this is too large for HQ to take; make it shorter</source>
        <translation>esto es demasiado grande para la central; acórtalo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="130"/>
        <source>this shopper&apos;s data was erased at HQ; nothing about them is kept or sent, so this was not carried out</source>
        <translation>los datos de este cliente se borraron en la central; no se guarda ni se envía nada sobre él, así que esto no se hizo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="135"/>
        <source>HQ failed on this request; try again later</source>
        <translation>la central falló con esta solicitud; inténtalo más tarde</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="136"/>
        <source>HQ cannot answer right now; try again in a few minutes</source>
        <translation>la central no puede responder ahora; inténtalo de nuevo en unos minutos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="164"/>
        <source>HQ did not accept the request as it was sent; check what you typed and try again</source>
        <translation>la central no aceptó la solicitud tal como se envió; revisa lo que escribiste e inténtalo de nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="160"/>
        <location filename="../../clienteling/ui/error_words.py" line="168"/>
        <source>HQ did not accept what was typed ({fields}); correct it and try again</source>
        <translation>la central no aceptó lo que se escribió ({fields}); corrígelo e inténtalo de nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="176"/>
        <source>too many wrong PINs: try again later or ask a manager to reset the PIN</source>
        <translation>demasiados PIN incorrectos: inténtalo más tarde o pide al gerente que restablezca el PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="179"/>
        <source>too many wrong PINs: try again after {time} or ask a manager to reset the PIN</source>
        <translation>demasiados PIN incorrectos: inténtalo de nuevo después de las {time} o pide al gerente que restablezca el PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="69"/>
        <source>not enough stock for this order; pick an alternative</source>
        <translation>no hay existencias suficientes para este pedido; elige una alternativa</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="187"/>
        <source>HQ no longer accepts this version of Clienteling: install the chain&apos;s current version and start it again (queued orders and notes are kept and sent then)</source>
        <translation>la central ya no acepta esta versión de Clienteling: instala la versión actual de la cadena y vuelve a abrirla (los pedidos y notas en cola se conservan y se envían entonces)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="192"/>
        <source>HQ no longer accepts this version of Clienteling: install Clienteling {version} or newer and start it again (queued orders and notes are kept and sent then)</source>
        <translation>la central ya no acepta esta versión de Clienteling: instala Clienteling {version} o más reciente y vuelve a abrirla (los pedidos y notas en cola se conservan y se envían entonces)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="205"/>
        <source>the chain switched this off for this store at HQ</source>
        <translation>la cadena desactivó esto para esta tienda en la central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="212"/>
        <source>your PIN was changed at HQ; sign in again with the new PIN</source>
        <translation>la central cambió tu PIN; vuelve a iniciar sesión con el PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="216"/>
        <source>your employee id was disabled at HQ; ask the store manager</source>
        <translation>la central desactivó tu número de empleado; habla con el gerente de la tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="260"/>
        <source>HQ answered with an error ({status}); try again later</source>
        <translation>la central respondió con un error ({status}); inténtalo más tarde</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="263"/>
        <source>HQ failed on this request; trying again</source>
        <translation>la central falló con esta solicitud; se vuelve a intentar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="264"/>
        <source>HQ is having trouble; trying again</source>
        <translation>la central tiene problemas; se vuelve a intentar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="265"/>
        <source>HQ cannot be reached; working offline</source>
        <translation>no se puede conectar con la central; se trabaja sin conexión</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="266"/>
        <source>HQ&apos;s certificate was refused (TLS); tell IT support</source>
        <translation>se rechazó el certificado de la central (TLS); avisa al soporte de TI</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="269"/>
        <source>HQ sent something that could not be read; the sync will try again</source>
        <translation>la central envió algo que no se pudo leer; la sincronización lo volverá a intentar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="273"/>
        <source>type the employee id and the PIN</source>
        <translation>escribe el número de empleado y el PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="274"/>
        <source>sign in first</source>
        <translation>inicia sesión primero</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="275"/>
        <source>HQ cannot be reached and this PIN was not used online on this terminal before; sign in once while the network is up</source>
        <translation>no se puede conectar con la central y este PIN aún no se usó con conexión en este terminal; inicia sesión una vez cuando haya red</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="280"/>
        <source>{employee_id} is not an active associate of this store</source>
        <translation>{employee_id} no es un vendedor activo de esta tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="283"/>
        <source>offline sign-in is locked for this associate after too many wrong PINs; sign in once while HQ can be reached, or ask a manager to unlock it</source>
        <translation>el inicio de sesión sin conexión de este vendedor está bloqueado por demasiados PIN incorrectos; inicia sesión una vez con la central accesible o pide al gerente que lo desbloquee</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="288"/>
        <source>too many wrong PINs while HQ cannot be reached: try again in {seconds} s</source>
        <translation>demasiados PIN incorrectos sin conexión con la central: inténtalo de nuevo en {seconds} s</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="291"/>
        <source>this needs HQ: you signed in while HQ could not be reached; sign out and in again once it answers</source>
        <translation>esto necesita la central: iniciaste sesión sin conexión con ella; cierra sesión y vuelve a entrar cuando responda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="296"/>
        <source>sign in while HQ answers to look shoppers up at HQ</source>
        <translation>inicia sesión con la central accesible para buscar clientes en ella</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="300"/>
        <source>this shopper is not on this terminal; search for them again</source>
        <translation>este cliente no está en este terminal; búscalo de nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="303"/>
        <source>this store does not record shoppers&apos; feedback (switched off at HQ)</source>
        <translation>esta tienda no registra la valoración de los clientes (desactivado en la central)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="306"/>
        <source>the text has a character that cannot be stored ({char}); remove it</source>
        <translation>el texto tiene un carácter que no se puede guardar ({char}); quítalo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="309"/>
        <source>this order is not on this terminal</source>
        <translation>este pedido no está en este terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="310"/>
        <source>this order reached HQ meanwhile; open the orders again</source>
        <translation>este pedido llegó a la central mientras tanto; vuelve a abrir los pedidos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="313"/>
        <source>HQ refused to cancel this order</source>
        <translation>la central rechazó la cancelación de este pedido</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="315"/>
        <source>it acts on an earlier write HQ refused, so it was set aside too</source>
        <translation>depende de un registro anterior que la central rechazó, así que también se apartó</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="318"/>
        <source>HQ failed on this write {tries} times, so it was set aside; the shopper&apos;s other writes go on (tell IT support)</source>
        <translation>la central falló con este registro {tries} veces, así que se apartó; los demás registros del cliente siguen (avisa al soporte de TI)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="324"/>
        <source>choose the first and the last day of the period</source>
        <translation>elige el primer y el último día del período</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="325"/>
        <source>the last day is before the first: choose them again</source>
        <translation>el último día es anterior al primero: vuelve a elegirlos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="328"/>
        <source>choose a period of at most a year</source>
        <translation>elige un período de un año como máximo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="329"/>
        <source>this is the terminal you are using; revoke it from another terminal or at HQ</source>
        <translation>este es el terminal que estás usando; revócalo desde otro terminal o en la central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="333"/>
        <source>{address} is not an HQ address: give https://host (plain http only to this machine)</source>
        <translation>{address} no es una dirección de la central: indica https://servidor (http simple solo para esta máquina)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="337"/>
        <source>training mode is switched off for {store} at HQ; ask the chain&apos;s IT to switch it on</source>
        <translation>el modo de formación está desactivado para {store} en la central; pide al equipo de TI de la cadena que lo active</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="342"/>
        <source>this terminal is not enrolled; enroll it with an enrollment code from HQ</source>
        <translation>este terminal no está dado de alta; dalo de alta con un código de alta de la central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="345"/>
        <source>this terminal&apos;s settings are damaged; enroll the terminal again</source>
        <translation>los ajustes de este terminal están dañados; da de alta el terminal de nuevo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="348"/>
        <source>the HQ address in this terminal&apos;s settings is not one a terminal may use (https only); enroll the terminal again with HQ&apos;s https address</source>
        <translation>la dirección de la central en los ajustes de este terminal no sirve para un terminal (solo https); da de alta el terminal de nuevo con la dirección https de la central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="353"/>
        <source>this computer has no secure keyring for the terminal&apos;s secrets: on Linux install gnome-keyring and run the app in a desktop session (README, &apos;Kiosk terminals&apos;)</source>
        <translation>este ordenador no tiene un llavero seguro para los secretos del terminal: en Linux, instala gnome-keyring y ejecuta la app en una sesión de escritorio (README, &apos;Kiosk terminals&apos;)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="358"/>
        <source>the keyring with this terminal&apos;s secrets could not be read; unlock it and start the app again</source>
        <translation>no se pudo leer el llavero con los secretos de este terminal; desbloquéalo y vuelve a abrir la app</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="363"/>
        <source>the keyring did not store this terminal&apos;s secret; unlock it, or tell IT support</source>
        <translation>el llavero no guardó el secreto de este terminal; desbloquéalo o avisa al soporte de TI</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="366"/>
        <source>training talks only to its own HQ on this computer, never to {address}</source>
        <translation>la formación solo habla con su propia central en este ordenador, nunca con {address}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="369"/>
        <source>this terminal&apos;s data cannot be opened with its key (the key was lost or replaced); it will sync again from HQ, and queued orders in the old file are kept aside</source>
        <translation>los datos de este terminal no se abren con su clave (la clave se perdió o se cambió); se sincronizará de nuevo desde la central y los pedidos en cola del archivo antiguo se guardan aparte</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="374"/>
        <source>this terminal&apos;s data is damaged; it will sync again from HQ</source>
        <translation>los datos de este terminal están dañados; se sincronizará de nuevo desde la central</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="377"/>
        <source>the terminal&apos;s disk is full: free some space; nothing queued was lost</source>
        <translation>el disco del terminal está lleno: libera espacio; no se perdió nada de la cola</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="380"/>
        <source>the terminal cannot write its data (the file is read-only or cannot be opened); ask IT to check the data folder, then start Clienteling again; nothing queued was lost</source>
        <translation>el terminal no puede escribir sus datos (el archivo es de solo lectura o no se puede abrir); pide a TI que revise la carpeta de datos y vuelve a abrir Clienteling; no se perdió nada de la cola</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="385"/>
        <source>the disk failed while the terminal read or wrote its data; start Clienteling again, and if it happens again ask IT to check the disk</source>
        <translation>el disco falló mientras el terminal leía o escribía sus datos; vuelve a abrir Clienteling y, si vuelve a pasar, pide a TI que revise el disco</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="390"/>
        <source>another program is holding this terminal&apos;s data; close any other Clienteling window on this computer, then start again</source>
        <translation>otro programa está usando los datos de este terminal; cierra cualquier otra ventana de Clienteling en este equipo y vuelve a abrirlo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="395"/>
        <source>the terminal&apos;s data could not be used; start Clienteling again, and if it happens again ask IT (clienteling status shows the details)</source>
        <translation>no se pudieron usar los datos del terminal; vuelve a abrir Clienteling y, si vuelve a pasar, avisa a TI (clienteling status muestra los detalles)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="400"/>
        <source>this terminal&apos;s data was written by a newer Clienteling; update this terminal</source>
        <translation>los datos de este terminal los escribió un Clienteling más reciente; actualiza este terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="403"/>
        <source>this folder holds training data; a production terminal does not open it</source>
        <translation>esta carpeta tiene datos de formación; un terminal de producción no la abre</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="406"/>
        <source>this folder holds production data; a training terminal does not open it</source>
        <translation>esta carpeta tiene datos de producción; un terminal de formación no la abre</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="410"/>
        <source>this picture is too large to read; crop or shrink it</source>
        <translation>esta imagen es demasiado grande para leerla; recórtala o redúcela</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="413"/>
        <source>this is not a picture the app can read (PNG, JPEG...)</source>
        <translation>esto no es una imagen que la app pueda leer (PNG, JPEG...)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="416"/>
        <source>this picture is damaged or cut short</source>
        <translation>esta imagen está dañada o incompleta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="417"/>
        <source>this picture cannot be opened</source>
        <translation>esta imagen no se puede abrir</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="422"/>
        <source>write the note (at most 2000 characters)</source>
        <translation>escribe la nota (2000 caracteres como máximo)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="423"/>
        <source>choose a reason for the visit</source>
        <translation>elige el motivo de la visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="424"/>
        <source>write what to follow up (at most 200 characters)</source>
        <translation>escribe qué hay que seguir (200 caracteres como máximo)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="425"/>
        <source>a size is at most 16 characters (at most 30 categories)</source>
        <translation>una talla tiene 16 caracteres como máximo (30 categorías como máximo)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="426"/>
        <source>the fit is at most 40 characters</source>
        <translation>el corte tiene 40 caracteres como máximo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="427"/>
        <source>at most 30 brands</source>
        <translation>30 marcas como máximo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="428"/>
        <source>at most 30 colours</source>
        <translation>30 colores como máximo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="429"/>
        <source>at most 30 styles</source>
        <translation>30 estilos como máximo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="430"/>
        <source>choose a score from 1 to 5</source>
        <translation>elige una puntuación del 1 al 5</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="431"/>
        <source>the comment is at most 2000 characters</source>
        <translation>el comentario tiene 2000 caracteres como máximo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="16"/>
        <source>this value is not accepted</source>
        <translation>este valor no se acepta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="18"/>
        <source>give a number</source>
        <translation>indica un número</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="19"/>
        <source>give a date</source>
        <translation>indica una fecha</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="20"/>
        <source>give a date and a time</source>
        <translation>indica una fecha y una hora</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="21"/>
        <source>choose one of the values offered</source>
        <translation>elige uno de los valores ofrecidos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="26"/>
        <location filename="../../clienteling/ui/field_reasons.py" line="27"/>
        <source>fill this in</source>
        <translation>rellénalo</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="28"/>
        <source>at most {max_length} characters</source>
        <translation>como máximo {max_length} caracteres</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="29"/>
        <source>at least {min_length} characters</source>
        <translation>como mínimo {min_length} caracteres</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="30"/>
        <source>at most {max_length} items</source>
        <translation>como máximo {max_length} elementos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="31"/>
        <source>at least {min_length} items</source>
        <translation>como mínimo {min_length} elementos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="32"/>
        <source>at least {ge}</source>
        <translation>como mínimo {ge}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="33"/>
        <source>more than {gt}</source>
        <translation>más de {gt}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="34"/>
        <source>at most {le}</source>
        <translation>como máximo {le}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="35"/>
        <source>less than {lt}</source>
        <translation>menos de {lt}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="36"/>
        <source>this is not written as expected</source>
        <translation>no está escrito como se espera</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="37"/>
        <source>give a text</source>
        <translation>indica un texto</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="38"/>
        <location filename="../../clienteling/ui/field_reasons.py" line="39"/>
        <location filename="../../clienteling/ui/field_reasons.py" line="40"/>
        <source>give a whole number</source>
        <translation>indica un número entero</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="46"/>
        <source>this number is too large</source>
        <translation>este número es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="47"/>
        <location filename="../../clienteling/ui/field_reasons.py" line="48"/>
        <source>answer yes or no</source>
        <translation>responde sí o no</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="60"/>
        <source>has a character that cannot be stored ({code}); remove it</source>
        <translation>tiene un carácter que no se puede guardar ({code}); quítalo</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <location filename="../../clienteling/ui/training_band.py" line="28"/>
        <location filename="../../clienteling/ui/training_band.py" line="70"/>
        <source>TRAINING</source>
        <translation>FORMACIÓN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_band.py" line="30"/>
        <source>Practice store: nothing here is real</source>
        <translation>Tienda de práctica: nada aquí es real</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="24"/>
        <source>Training mode is switched off for {store} at HQ. Ask your manager to have it switched on.</source>
        <translation>El modo de formación está desactivado para {store} en la central. Pide a tu responsable que lo active.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="63"/>
        <source>Reset the practice store</source>
        <translation>Restablecer la tienda de práctica</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="79"/>
        <source>Cut the network</source>
        <translation>Cortar la red</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="79"/>
        <source>Network back</source>
        <translation>Red de vuelta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="116"/>
        <source>Resetting the practice store</source>
        <translation>Restableciendo la tienda de práctica</translation>
    </message>
</context>
<context>
    <name>TrainingOffer</name>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="40"/>
        <location filename="../../clienteling/ui/training_offer.py" line="41"/>
        <source>Your training results</source>
        <translation>Sus resultados de entrenamiento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="45"/>
        <source>Training mode on this machine left these finished scenarios under your employee ID. Are they yours? Only yours go to your manager.</source>
        <translation>El modo de entrenamiento de esta máquina dejó estos escenarios terminados con su número de empleado. ¿Son suyos? Solo los suyos van a su gerente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="55"/>
        <source>Yes, send them to my manager</source>
        <translation>Sí, enviarlos a mi gerente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="56"/>
        <source>Not mine: never send them</source>
        <translation>No son míos: no enviarlos nunca</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="57"/>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="70"/>
        <source>• {scenario}, {date}: {time}, hints {hints}, mistakes {mistakes}</source>
        <translation>• {scenario}, {date}: {time}, pistas {hints}, errores {mistakes}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="88"/>
        <source>That did not work: {why}</source>
        <translation>No funcionó: {why}</translation>
    </message>
</context>
<context>
    <name>TrainingScenario</name>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="8"/>
        <source>Find a returning shopper by phone</source>
        <translation>Encontrar a un cliente habitual por el teléfono</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="9"/>
        <source>A returning shopper gives only the end of their phone number and says why they came in.</source>
        <translation>Un cliente habitual da solo el final de su teléfono y dice por qué ha venido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="10"/>
        <source>Search for the phone ending {phone_fragment}</source>
        <translation>Busque el teléfono que termina en {phone_fragment}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="11"/>
        <source>On the shopper search, type only the digits {phone_fragment}: the search matches the end of phone numbers.</source>
        <translation>En la búsqueda de clientes, escriba solo los dígitos {phone_fragment}: la búsqueda compara con el final de los teléfonos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="12"/>
        <source>Whose card does the search for {phone_fragment} find?</source>
        <translation>¿De quién es la ficha que encuentra la búsqueda de {phone_fragment}?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="13"/>
        <source>Type the last digits of the phone; the card that matches shows the number masked, with the shopper&apos;s name.</source>
        <translation>Escriba los últimos dígitos del teléfono; la ficha encontrada muestra el número oculto en parte, con el nombre del cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="14"/>
        <source>Record the reason for the visit</source>
        <translation>Registre el motivo de la visita</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="15"/>
        <source>Open {shopper_name}&apos;s profile, add a note, choose the reason for the visit and write what they are looking for.</source>
        <translation>Abra el perfil de {shopper_name}, añada una nota, elija el motivo de la visita y escriba lo que busca.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="16"/>
        <source>That note went on another shopper&apos;s profile. Check the name at the top of the profile before you write: open {shopper_name} and add the note there.</source>
        <translation>Esa nota ha ido al perfil de otro cliente. Compruebe el nombre en la parte superior del perfil antes de escribir: abra {shopper_name} y añada allí la nota.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="17"/>
        <source>Open a shopper from their loyalty card</source>
        <translation>Abrir un cliente desde su tarjeta de fidelización</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="18"/>
        <source>A member from another region shows their loyalty card, printed or on their phone, and wants to be served as a member.</source>
        <translation>Un socio de otra región muestra su tarjeta de fidelización, impresa o en el móvil, y quiere que le atiendan como socio.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="19"/>
        <source>Scan the loyalty card</source>
        <translation>Escanee la tarjeta de fidelización</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="20"/>
        <source>Scan the card&apos;s QR code with the scanner or the camera. No card at hand? Type {loyalty_id} in the search and press Enter, as a scanner does.</source>
        <translation>Escanee el código QR de la tarjeta con el lector o la cámara. ¿No tiene la tarjeta? Escriba {loyalty_id} en la búsqueda y pulse Intro, como hace un lector.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="21"/>
        <source>On {shopper_name}&apos;s profile (home store: {home_store_name}), add a note with the reason for the visit.</source>
        <translation>En el perfil de {shopper_name} (tienda habitual: {home_store_name}), añada una nota con el motivo de la visita.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="22"/>
        <source>That note went on another shopper&apos;s profile. The card opens the right shopper: scan it again and write the note on {shopper_name}&apos;s profile.</source>
        <translation>Esa nota ha ido al perfil de otro cliente. La tarjeta abre el cliente correcto: escanéela de nuevo y escriba la nota en el perfil de {shopper_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="23"/>
        <source>Order the right size from another store for delivery</source>
        <translation>Pedir la talla correcta a otra tienda para envío a domicilio</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="24"/>
        <source>{shopper_name} wants {product_name} in size {size}, which this store no longer has, delivered to their home.</source>
        <translation>{shopper_name} quiere {product_name} en la talla {size}, que esta tienda ya no tiene, con envío a domicilio.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="25"/>
        <source>Find a store with size {size}</source>
        <translation>Encuentre una tienda con la talla {size}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="26"/>
        <source>Search for {product_name} and open its stock: the grid shows the sizes here, the list below the other stores.</source>
        <translation>Busque {product_name} y abra su stock: la cuadrícula muestra las tallas de aquí y la lista de abajo, las otras tiendas.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="27"/>
        <source>Which store has {product_name} in size {size}?</source>
        <translation>¿Qué tienda tiene {product_name} en la talla {size}?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="28"/>
        <source>No store has it</source>
        <translation>Ninguna tienda lo tiene</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="29"/>
        <source>The item&apos;s stock lists every store with the size and how many they can sell; this store has none left in size {size}.</source>
        <translation>El stock del artículo muestra cada tienda con la talla y cuántas unidades puede vender; esta tienda ya no tiene la talla {size}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="30"/>
        <source>Order size {size} for home delivery</source>
        <translation>Pida la talla {size} con envío a domicilio</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="31"/>
        <source>From the stock screen, choose size {size} and Order: {source_store_name} as the source, delivery to {shopper_name}&apos;s address.</source>
        <translation>En la pantalla de stock, elija la talla {size} y Pedido: {source_store_name} como origen, envío a la dirección de {shopper_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="32"/>
        <source>That order is for another size of {product_name}. The shopper asked for size {size}: cancel that order on the orders screen and order size {size}.</source>
        <translation>Ese pedido es de otra talla de {product_name}. El cliente pidió la talla {size}: cancele ese pedido en la pantalla de pedidos y pida la talla {size}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="33"/>
        <source>The shopper wants it delivered to their home, not picked up. Cancel that order and choose delivery.</source>
        <translation>El cliente lo quiere en su domicilio, no recogerlo. Cancele ese pedido y elija envío.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="34"/>
        <source>See the order confirmed</source>
        <translation>Vea el pedido confirmado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="35"/>
        <source>The orders screen shows the order as confirmed once HQ has reserved the item at {source_store_name}.</source>
        <translation>La pantalla de pedidos muestra el pedido como confirmado en cuanto la central reserva el artículo en {source_store_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="36"/>
        <source>Order the right size from another store for pick-up here</source>
        <translation>Pedir la talla correcta a otra tienda para recoger aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="37"/>
        <source>{shopper_name} wants {product_name} in size {size}, which this store no longer has, and will collect it here.</source>
        <translation>{shopper_name} quiere {product_name} en la talla {size}, que esta tienda ya no tiene, y lo recogerá aquí.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="38"/>
        <source>Order size {size} for pick-up in this store</source>
        <translation>Pida la talla {size} para recoger en esta tienda</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="39"/>
        <source>From the stock screen, choose size {size} and Order: {source_store_name} as the source, pick-up at {store_name}.</source>
        <translation>En la pantalla de stock, elija la talla {size} y Pedido: {source_store_name} como origen, recogida en {store_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="40"/>
        <source>The shopper will collect it here, at {store_name}. Cancel that order and choose pick-up in this store.</source>
        <translation>El cliente lo recogerá aquí, en {store_name}. Cancele ese pedido y elija recogida en esta tienda.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="41"/>
        <source>Place an order while the network is down</source>
        <translation>Hacer un pedido sin red</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="42"/>
        <source>{shopper_name} wants {product_name} in size {size} set aside for pick-up, and the network goes down.</source>
        <translation>{shopper_name} quiere reservar {product_name} en la talla {size} para recogerlo, y se cae la red.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="43"/>
        <source>Cut the network</source>
        <translation>Cortar la red</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="44"/>
        <source>Press Cut the network in the TRAINING band. The app finds out by itself: watch for the offline banner.</source>
        <translation>Pulse Cortar la red en la banda FORMACIÓN. La aplicación lo detecta sola: fíjese en el aviso de sin conexión.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="45"/>
        <source>That order reached HQ at once: the network was still up. Cut the network first, then place the order.</source>
        <translation>Ese pedido llegó a la central al instante: la red seguía activa. Corte primero la red y después haga el pedido.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="46"/>
        <source>Order size {size} for pick-up while offline</source>
        <translation>Pida la talla {size} para recoger sin conexión</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="47"/>
        <source>Place the order as usual, pick-up at {store_name}. It is saved on this terminal and waits to be sent; the orders screen shows it as waiting.</source>
        <translation>Haga el pedido como siempre, recogida en {store_name}. Se guarda en este terminal y espera a enviarse; la pantalla de pedidos lo muestra en espera.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="48"/>
        <source>Bring the network back</source>
        <translation>Recupere la red</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="49"/>
        <source>Press Network back in the TRAINING band. The app notices that HQ answers again and sends what waited.</source>
        <translation>Pulse Red de vuelta en la banda FORMACIÓN. La aplicación nota que la central vuelve a responder y envía lo que esperaba.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="50"/>
        <source>After the next sync the orders screen shows the order as confirmed: nothing had to be typed again.</source>
        <translation>Tras la siguiente sincronización, la pantalla de pedidos muestra el pedido como confirmado: no hubo que volver a escribir nada.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="51"/>
        <source>Handle a refused order</source>
        <translation>Resolver un pedido rechazado</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="52"/>
        <source>{shopper_name} wants {product_name} in size {size}; {source_store_name} has the last one.</source>
        <translation>{shopper_name} quiere {product_name} en la talla {size}; {source_store_name} tiene la última unidad.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="53"/>
        <source>Check the stock of size {size}</source>
        <translation>Consulte el stock de la talla {size}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="54"/>
        <source>Search for {product_name} and open its stock; look at {source_store_name} in the list of stores.</source>
        <translation>Busque {product_name} y abra su stock; mire {source_store_name} en la lista de tiendas.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="55"/>
        <source>How many {product_name} in size {size} can {source_store_name} still sell?</source>
        <translation>¿Cuántas unidades de {product_name} en la talla {size} puede vender aún {source_store_name}?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="56"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="57"/>
        <source>One</source>
        <translation>Una</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="58"/>
        <source>More than five</source>
        <translation>Más de cinco</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="59"/>
        <source>The stock screen shows what each store can sell: what it has, less what is already reserved for other orders.</source>
        <translation>La pantalla de stock muestra lo que cada tienda puede vender: lo que tiene, menos lo ya reservado para otros pedidos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="60"/>
        <source>Order it from {source_store_name} for pick-up here</source>
        <translation>Pídalo a {source_store_name} para recoger aquí</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="61"/>
        <source>Order size {size} with {source_store_name} as the source and pick-up at {store_name}, right away.</source>
        <translation>Pida ya la talla {size} con {source_store_name} como origen y recogida en {store_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="62"/>
        <source>Choose an alternative</source>
        <translation>Elija una alternativa</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="63"/>
        <source>HQ refused the order: the last unit went to another store&apos;s shopper. On the refused order, choose one of the alternatives HQ offers (another store, or another size or colour) with the shopper&apos;s agreement.</source>
        <translation>La central rechazó el pedido: la última unidad fue para un cliente de otra tienda. En el pedido rechazado, elija una de las alternativas que ofrece la central (otra tienda, u otra talla o color) con el acuerdo del cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="64"/>
        <source>Serve a shopper who did not consent to profiling</source>
        <translation>Atender a un cliente que no consintió la elaboración de perfiles</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="65"/>
        <source>{shopper_name} did not agree to profiling and asks for help choosing a gift.</source>
        <translation>{shopper_name} no aceptó la elaboración de perfiles y pide ayuda para elegir un regalo.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="66"/>
        <source>Open the profile and look for suggestions</source>
        <translation>Abra el perfil y busque las sugerencias</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="67"/>
        <source>Open {shopper_name}&apos;s profile: where other profiles suggest items, this one shows none.</source>
        <translation>Abra el perfil de {shopper_name}: donde otros perfiles sugieren artículos, este no muestra ninguno.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="68"/>
        <source>Why does {shopper_name}&apos;s profile show no suggestions?</source>
        <translation>¿Por qué el perfil de {shopper_name} no muestra sugerencias?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="69"/>
        <source>They have never bought anything</source>
        <translation>Nunca ha comprado nada</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="70"/>
        <source>They did not consent to profiling, so their history is not used to suggest items</source>
        <translation>No consintió la elaboración de perfiles, así que su historial no se usa para sugerir artículos</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="71"/>
        <source>Suggestions need the network</source>
        <translation>Las sugerencias necesitan la red</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="72"/>
        <source>Without consent to profiling the app does not use the shopper&apos;s history to suggest items. Help them by asking what they want.</source>
        <translation>Sin consentimiento para la elaboración de perfiles, la aplicación no usa el historial del cliente para sugerir artículos. Ayúdele preguntándole qué quiere.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="73"/>
        <source>Note what they are looking for</source>
        <translation>Anote lo que busca</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="74"/>
        <source>Add a note on {shopper_name}&apos;s profile with the reason Gift and what they told you. Leave their consent as it is.</source>
        <translation>Añada una nota en el perfil de {shopper_name} con el motivo Regalo y lo que le contó. Deje su consentimiento como está.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="75"/>
        <source>Consent is the shopper&apos;s choice: change it only when they ask you to. Suggestions are not a reason to switch profiling on.</source>
        <translation>El consentimiento es decisión del cliente: cámbielo solo cuando él se lo pida. Las sugerencias no son motivo para activar la elaboración de perfiles.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="76"/>
        <source>That note went on another shopper&apos;s profile. Open {shopper_name} and add the note there.</source>
        <translation>Esa nota ha ido al perfil de otro cliente. Abra {shopper_name} y añada allí la nota.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="77"/>
        <source>Record sizes, preferences and a follow-up</source>
        <translation>Registrar tallas, preferencias y un seguimiento</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="78"/>
        <source>{shopper_name} tells you their sizes and what they like, and wants a call when new arrivals come in.</source>
        <translation>{shopper_name} le dice sus tallas y lo que le gusta, y quiere una llamada cuando lleguen novedades.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="79"/>
        <source>Record two of their sizes</source>
        <translation>Registre dos de sus tallas</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="80"/>
        <source>On {shopper_name}&apos;s profile, edit the sizes and preferences: enter a size for two categories, then save.</source>
        <translation>En el perfil de {shopper_name}, edite las tallas y preferencias: indique una talla para dos categorías y guarde.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="81"/>
        <source>Those sizes went on another shopper&apos;s profile. Check the name at the top of the profile: the sizes are {shopper_name}&apos;s.</source>
        <translation>Esas tallas han ido al perfil de otro cliente. Compruebe el nombre en la parte superior del perfil: las tallas son de {shopper_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="82"/>
        <source>Record what they like</source>
        <translation>Registre lo que le gusta</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="83"/>
        <source>In the same place, add a colour, a brand or a style they like, then save.</source>
        <translation>En el mismo sitio, añada un color, una marca o un estilo que le guste y guarde.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="84"/>
        <source>Plan the call about new arrivals</source>
        <translation>Planifique la llamada sobre novedades</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="85"/>
        <source>Add a follow-up on {shopper_name}&apos;s profile, for example &quot;Call about new arrivals&quot;, with a due date.</source>
        <translation>Añada un seguimiento en el perfil de {shopper_name}, por ejemplo &quot;Llamar por las novedades&quot;, con una fecha.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="86"/>
        <source>Erase a shopper on request</source>
        <translation>Borrar un cliente a petición suya</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="87"/>
        <source>{shopper_name} asks the store to erase all their data.</source>
        <translation>{shopper_name} pide a la tienda que borre todos sus datos.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="88"/>
        <source>Sign in as a manager</source>
        <translation>Inicie sesión como gerente</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="89"/>
        <source>Only a manager may erase a shopper: sign in as {associate_name}.</source>
        <translation>Solo un gerente puede borrar un cliente: inicie sesión como {associate_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="90"/>
        <source>Know what erasing does</source>
        <translation>Sepa qué hace borrar</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="91"/>
        <source>Erasing is for good: think of what the shopper asked for.</source>
        <translation>Borrar es definitivo: piense en lo que pidió el cliente.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="92"/>
        <source>What does erasing a shopper do?</source>
        <translation>¿Qué hace borrar un cliente?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="93"/>
        <source>It hides the shopper on this terminal only</source>
        <translation>Oculta el cliente solo en este terminal</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="94"/>
        <source>It stops marketing e-mails and keeps the profile</source>
        <translation>Detiene los correos de marketing y conserva el perfil</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="95"/>
        <source>HQ deletes the shopper&apos;s data, for good, and every terminal forgets them</source>
        <translation>La central borra los datos del cliente para siempre, y todos los terminales lo olvidan</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="96"/>
        <source>Erasing cannot be undone: HQ deletes the data and every terminal forgets the shopper. Check the name before you confirm.</source>
        <translation>Borrar no se puede deshacer: la central borra los datos y todos los terminales olvidan al cliente. Compruebe el nombre antes de confirmar.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="97"/>
        <source>Erase {shopper_name}</source>
        <translation>Borre a {shopper_name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="98"/>
        <source>Open {shopper_name}&apos;s profile, choose Erase, check the name and confirm.</source>
        <translation>Abra el perfil de {shopper_name}, elija Borrar, compruebe el nombre y confirme.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="99"/>
        <source>You erased another shopper. In a store this cannot be undone: check the name and the phone before you confirm. Reset the practice store to try again.</source>
        <translation>Ha borrado a otro cliente. En una tienda esto no se puede deshacer: compruebe el nombre y el teléfono antes de confirmar. Restablezca la tienda de práctica para volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../../clienteling/ui/upgrade_notice.py" line="42"/>
        <source>HQ no longer accepts this version of the app. Search and profiles still work from this terminal; notes and orders wait here until it is updated. HQ says: {words}</source>
        <translation>La sede central ya no acepta esta versión de la aplicación. La búsqueda y los perfiles siguen funcionando en este terminal; las notas y los pedidos esperan aquí hasta que se actualice. La sede central dice: {words}</translation>
    </message>
</context>
<context>
    <name>WindowScans</name>
    <message>
        <location filename="../../clienteling/ui/window_scans.py" line="69"/>
        <source>{name} was looked up at HQ and is now on this terminal.</source>
        <translation>{name} se buscó en la central y ya está en este terminal.</translation>
    </message>
</context>
</TS>
