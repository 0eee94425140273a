<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>FirstSyncDialog</name>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="59"/>
        <source>First sync</source>
        <translation>Первая синхронизация</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="63"/>
        <source>Bringing this store&apos;s data to the terminal</source>
        <translation>Загружаем данные магазина на терминал</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="66"/>
        <source>Connecting to HQ…</source>
        <translation>Подключаемся к центральному офису…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="70"/>
        <source>Continue in the background</source>
        <translation>Продолжить в фоне</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="96"/>
        <source>Syncing {collection}</source>
        <translation>Синхронизация: {collection}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="100"/>
        <source>{rows} rows, {rate} rows/s</source>
        <translation>{rows} строк, {rate} строк/с</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="104"/>
        <source>about {s} s left</source>
        <translation>осталось около {s} с</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="61"/>
        <source>Find a shopper</source>
        <translation>Найти покупателя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="64"/>
        <source>Name, phone, e-mail or loyalty number  (Ctrl+F)</source>
        <translation>Имя, телефон, e-mail или номер карты лояльности  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="65"/>
        <source>Search shoppers</source>
        <translation>Поиск покупателей</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="122"/>
        <source>Hello, {name}. Find a shopper</source>
        <translation>Здравствуйте, {name}. Найдите покупателя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="147"/>
        <source>Type a name, the last digits of a phone, an e-mail or scan a loyalty card.</source>
        <translation>Введите имя, последние цифры телефона, e-mail или отсканируйте карту лояльности.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="170"/>
        <source>Enter opens the first shopper.</source>
        <translation>Enter открывает первого покупателя.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="173"/>
        <source>No shopper on this terminal matches “{query}”.</source>
        <translation>На этом терминале нет покупателей по запросу «{query}».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="183"/>
        <source>The search did not work: {why}</source>
        <translation>Поиск не удался: {why}</translation>
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
        <translation>Регистрируем терминал в центральном офисе</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="128"/>
        <source>Preparing the training chain: {stage}</source>
        <translation>Готовим учебную сеть магазинов: {stage}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="138"/>
        <source>Checking this terminal&apos;s data</source>
        <translation>Проверяем данные терминала</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="171"/>
        <source>The first sync did not finish: HQ cannot be reached. Check the network and start the app again; nothing was lost.</source>
        <translation>Первая синхронизация не завершилась: центральный офис недоступен. Проверьте сеть и запустите приложение снова; ничего не потеряно.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="84"/>
        <source>Offline: HQ cannot be reached. Search, profiles and the stock last synced still work. Notes and orders are saved on this terminal and sent when the connection is back.</source>
        <translation>Нет связи: центральный офис недоступен. Поиск, профили и остатки с последней синхронизации работают. Заметки и заказы сохраняются на терминале и отправятся, когда связь вернётся.</translation>
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
        <translation>Стереть последнюю цифру</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="74"/>
        <source>← Search</source>
        <translation>← Поиск</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="98"/>
        <source>Lifetime value</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="99"/>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="100"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="101"/>
        <source>Home store</source>
        <translation>Основной магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="102"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="103"/>
        <source>Loyalty number</source>
        <translation>Номер карты лояльности</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="127"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="128"/>
        <location filename="../../clienteling/ui/profile.py" line="144"/>
        <location filename="../../clienteling/ui/profile.py" line="151"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="129"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="131"/>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="132"/>
        <source>↩ returned</source>
        <translation>↩ возврат</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="135"/>
        <location filename="../../clienteling/ui/profile.py" line="243"/>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="156"/>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="161"/>
        <source>Sizes and preferences</source>
        <translation>Размеры и предпочтения</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="165"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="166"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="168"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="172"/>
        <location filename="../../clienteling/ui/profile.py" line="186"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="180"/>
        <location filename="../../clienteling/ui/profile.py" line="192"/>
        <source>Reason for the visit</source>
        <translation>Цель визита</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="185"/>
        <source>What did the shopper ask for, like or need?</source>
        <translation>Что покупатель просил, что понравилось, что нужно?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="188"/>
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="204"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="208"/>
        <location filename="../../clienteling/ui/profile.py" line="225"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="209"/>
        <location filename="../../clienteling/ui/profile.py" line="226"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="210"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="212"/>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="214"/>
        <source>In stock here</source>
        <translation>Есть в этом магазине</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="214"/>
        <source>Not here</source>
        <translation>Нет в этом магазине</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="217"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="221"/>
        <source>Wishlist</source>
        <translation>Список желаний</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="227"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="228"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="235"/>
        <source>Placed</source>
        <translation>Оформлен</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="236"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="238"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="240"/>
        <source>Pick-up</source>
        <translation>Самовывоз</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="240"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="248"/>
        <source>Open orders</source>
        <translation>Открытые заказы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="265"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="281"/>
        <source>This shopper is no longer on this terminal.</source>
        <translation>Этого покупателя больше нет на терминале.</translation>
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
        <translation>Профилирование</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="306"/>
        <source>Consent given</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="306"/>
        <source>No consent</source>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="313"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="328"/>
        <source>Suggestions</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="342"/>
        <source>Size: {category}</source>
        <translation>Размер: {category}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="346"/>
        <source>Fit</source>
        <translation>Посадка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="347"/>
        <source>Brands</source>
        <translation>Бренды</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="348"/>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="349"/>
        <source>Styles</source>
        <translation>Стили</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="355"/>
        <source>No sizes or preferences recorded yet.</source>
        <translation>Размеры и предпочтения пока не записаны.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="359"/>
        <source>Refused by HQ: {why}</source>
        <translation>Отклонено центральным офисом: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="361"/>
        <source>Waiting to send</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="362"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="371"/>
        <source>Write the note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="389"/>
        <source>Note saved.</source>
        <translation>Заметка сохранена.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="393"/>
        <source>Note saved on this terminal; it is sent to HQ when the connection is back.</source>
        <translation>Заметка сохранена на терминале; она уйдёт в центральный офис, когда вернётся связь.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="401"/>
        <source>The note was not saved: {why}</source>
        <translation>Заметка не сохранена: {why}</translation>
    </message>
</context>
<context>
    <name>ShopperModel</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="36"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="37"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="38"/>
        <source>Home store</source>
        <translation>Основной магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="39"/>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="40"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="75"/>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="79"/>
        <source>Tap your name</source>
        <translation>Нажмите на своё имя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="92"/>
        <source>No associates of this store on this terminal yet; type your id.</source>
        <translation>На терминале пока нет сотрудников этого магазина; введите свой табельный номер.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="104"/>
        <location filename="../../clienteling/ui/signin.py" line="105"/>
        <source>Employee id</source>
        <translation>Табельный номер</translation>
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
        <translation>Табельный номер и PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="149"/>
        <source>Store: {name}</source>
        <translation>Магазин: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="162"/>
        <source>{name}   ·   {role}</source>
        <translation>{name}   ·   {role}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="187"/>
        <source>Training PIN: {pin}</source>
        <translation>Учебный PIN: {pin}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="219"/>
        <source>Tap your name or type your employee id.</source>
        <translation>Нажмите на своё имя или введите табельный номер.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="223"/>
        <source>Type your PIN.</source>
        <translation>Введите PIN.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="242"/>
        <source>Not signed in: {why}</source>
        <translation>Вход не выполнен: {why}</translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="22"/>
        <source>Getting the terminal ready…</source>
        <translation>Готовим терминал…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="42"/>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="49"/>
        <source>The terminal could not start</source>
        <translation>Терминал не удалось запустить</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="31"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="46"/>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="47"/>
        <source>● Offline</source>
        <translation>● Нет связи</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="48"/>
        <source>● HQ slow</source>
        <translation>● Офис отвечает медленно</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="49"/>
        <source>● Syncing…</source>
        <translation>● Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="54"/>
        <source>Last sync: {age}</source>
        <translation>Синхронизация: {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="55"/>
        <source>Queued: {n}</source>
        <translation>В очереди: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="57"/>
        <source>Refused: {n}</source>
        <translation>Отклонено: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="69"/>
        <source>{name} (signed in offline)</source>
        <translation>{name} (вход без связи)</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="16"/>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="17"/>
        <source>Silver</source>
        <translation>Серебро</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="18"/>
        <source>Gold</source>
        <translation>Золото</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="19"/>
        <source>Platinum</source>
        <translation>Платина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="26"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="27"/>
        <source>Web</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="28"/>
        <source>App</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="29"/>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="36"/>
        <source>Associate</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="37"/>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="38"/>
        <source>Manager</source>
        <translation>Управляющий</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="45"/>
        <source>Browsing</source>
        <translation>Просто смотрит</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="46"/>
        <source>Gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="47"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="48"/>
        <source>Alteration</source>
        <translation>Подгонка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="49"/>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="50"/>
        <source>Pick-up</source>
        <translation>Самовывоз</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="51"/>
        <source>Appointment</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="52"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="59"/>
        <source>Portuguese</source>
        <translation>Португальский</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="60"/>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="61"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="62"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="69"/>
        <source>Placed</source>
        <translation>Оформлен</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="70"/>
        <source>Reserved</source>
        <translation>Зарезервирован</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="71"/>
        <source>Picked</source>
        <translation>Собран</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="72"/>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="73"/>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="74"/>
        <source>Ready for pick-up</source>
        <translation>Готов к выдаче</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="75"/>
        <source>Collected</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="76"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="113"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="115"/>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="117"/>
        <source>{n} min ago</source>
        <translation>{n} мин назад</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="119"/>
        <source>{n} h ago</source>
        <translation>{n} ч назад</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="120"/>
        <source>{n} days ago</source>
        <translation>{n} дн. назад</translation>
    </message>
</context>
</TS>
