<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="112"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="150"/>
        <source>The app may not use the camera. Allow it in the system settings, or scan with a handheld scanner.</source>
        <translation>Приложению запрещено использовать камеру. Разрешите это в настройках системы или сканируйте ручным сканером.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="183"/>
        <source>No camera found. Connect one, or scan with a handheld scanner or from an image.</source>
        <translation>Камера не найдена. Подключите её или сканируйте ручным сканером или с изображения.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="205"/>
        <source>The camera stopped: %1</source>
        <translation>Камера остановилась: %1</translation>
    </message>
</context>
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
    <name>GridModel</name>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="97"/>
        <source>{sku}: {n} available here</source>
        <translation>{sku}: здесь доступно {n}</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="65"/>
        <source>Find a shopper</source>
        <translation>Найти покупателя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="68"/>
        <source>Name, phone, e-mail or loyalty number  (Ctrl+F)</source>
        <translation>Имя, телефон, e-mail или номер карты лояльности  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="69"/>
        <source>Search shoppers</source>
        <translation>Поиск покупателей</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="106"/>
        <source>Products and stock  (Ctrl+P)</source>
        <translation>Товары и остатки  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="108"/>
        <source>Orders  (Ctrl+O)</source>
        <translation>Заказы  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="134"/>
        <source>Hello, {name}. Find a shopper</source>
        <translation>Здравствуйте, {name}. Найдите покупателя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="159"/>
        <source>Type a name, the last digits of a phone, an e-mail or scan a loyalty card.</source>
        <translation>Введите имя, последние цифры телефона, e-mail или отсканируйте карту лояльности.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="182"/>
        <source>Enter opens the first shopper.</source>
        <translation>Enter открывает первого покупателя.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="185"/>
        <source>No shopper on this terminal matches “{query}”.</source>
        <translation>На этом терминале нет покупателей по запросу «{query}».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="195"/>
        <source>The search did not work: {why}</source>
        <translation>Поиск не удался: {why}</translation>
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
        <translation>✓ Офис подтвердил заказ {order}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="211"/>
        <source>HQ refused order {order}: see Orders (Ctrl+O)</source>
        <translation>Офис отклонил заказ {order}: см. Заказы (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="242"/>
        <source>Enrolling this terminal with HQ</source>
        <translation>Регистрируем терминал в центральном офисе</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="244"/>
        <source>Preparing the training chain: {stage}</source>
        <translation>Готовим учебную сеть магазинов: {stage}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="254"/>
        <source>Checking this terminal&apos;s data</source>
        <translation>Проверяем данные терминала</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="287"/>
        <source>The first sync did not finish: HQ cannot be reached. Check the network and start the app again; nothing was lost.</source>
        <translation>Первая синхронизация не завершилась: центральный офис недоступен. Проверьте сеть и запустите приложение снова; ничего не потеряно.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="101"/>
        <source>Offline: HQ cannot be reached. Search, profiles and the stock last synced still work. Notes and orders are saved on this terminal and sent when the connection is back.</source>
        <translation>Нет связи: центральный офис недоступен. Поиск, профили и остатки с последней синхронизации работают. Заметки и заказы сохраняются на терминале и отправятся, когда связь вернётся.</translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <location filename="../../clienteling/ui/order.py" line="61"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="64"/>
        <source>Order for delivery</source>
        <translation>Заказ с доставкой</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="82"/>
        <location filename="../../clienteling/ui/order.py" line="92"/>
        <location filename="../../clienteling/ui/order.py" line="185"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="83"/>
        <location filename="../../clienteling/ui/order.py" line="93"/>
        <location filename="../../clienteling/ui/order.py" line="186"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="84"/>
        <location filename="../../clienteling/ui/order.py" line="94"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="87"/>
        <location filename="../../clienteling/ui/order.py" line="95"/>
        <source>Send from</source>
        <translation>Отправить из</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="113"/>
        <source>Ship to the shopper</source>
        <translation>Доставить покупателю</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="114"/>
        <source>Pick up in a store</source>
        <translation>Самовывоз из магазина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="132"/>
        <source>Street and number</source>
        <translation>Улица и дом</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="133"/>
        <source>Apartment, floor (optional)</source>
        <translation>Квартира, этаж (необязательно)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="134"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="135"/>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="136"/>
        <source>Region (optional)</source>
        <translation>Регион (необязательно)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="137"/>
        <source>Country (two letters)</source>
        <translation>Страна (две буквы)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="166"/>
        <location filename="../../clienteling/ui/order.py" line="168"/>
        <source>Pick-up store</source>
        <translation>Магазин самовывоза</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="175"/>
        <source>Place order</source>
        <translation>Оформить заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="184"/>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="187"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="188"/>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="189"/>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="195"/>
        <source>Order this instead</source>
        <translation>Заказать это вместо</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="242"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="255"/>
        <source>This shopper or item is not on this terminal.</source>
        <translation>Этого покупателя или товара нет на этом терминале.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="261"/>
        <source>For {name}</source>
        <translation>Для: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="303"/>
        <source>{size} ({n} here)</source>
        <translation>{size} ({n} здесь)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="321"/>
        <source>{store} — {n} available</source>
        <translation>{store} — доступно {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="327"/>
        <source>(suggested)</source>
        <translation>(рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="329"/>
        <source>Any store (HQ picks the nearest with stock)</source>
        <translation>Любой магазин (офис выберет ближайший с остатком)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="335"/>
        <source>No store shows {n} available for this size and colour. HQ will answer with what it can offer.</source>
        <translation>Ни в одном магазине нет {n} шт. этого размера и цвета. Офис ответит, что может предложить.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="340"/>
        <source>Stock figures are live from HQ.</source>
        <translation>Остатки — актуальные данные офиса.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="343"/>
        <source>Stock figures are from the last sync; HQ checks them on the order.</source>
        <translation>Остатки с последней синхронизации; офис проверит их при заказе.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="351"/>
        <source>This colour does not come in this size.</source>
        <translation>Этот цвет не выпускается в этом размере.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="393"/>
        <source>Needed for the delivery.</source>
        <translation>Нужно для доставки.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="394"/>
        <source>Too long; shorten it.</source>
        <translation>Слишком длинно; сократите.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="395"/>
        <source>Use the two-letter country code, e.g. BR, ES, PT.</source>
        <translation>Укажите двухбуквенный код страны, например BR, ES, PT.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="420"/>
        <source>Choose a colour and size that exist.</source>
        <translation>Выберите существующие цвет и размер.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="427"/>
        <source>Check the delivery address: the fields marked in red.</source>
        <translation>Проверьте адрес доставки: поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="448"/>
        <location filename="../../clienteling/ui/order.py" line="529"/>
        <source>Placing the order…</source>
        <translation>Оформляем заказ…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="460"/>
        <source>The order was not placed: {why}</source>
        <translation>Заказ не оформлен: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="476"/>
        <source>Confirmed by HQ: order {order}, reserved in {stores}.</source>
        <translation>Подтверждено офисом: заказ {order}, зарезервирован в: {stores}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="486"/>
        <source>Queued — will be sent when HQ is back. Order {order} is saved on this terminal; the status bar tells you when HQ confirms it.</source>
        <translation>В очереди — будет отправлен, когда офис снова станет доступен. Заказ {order} сохранён на этом терминале; строка состояния сообщит, когда офис его подтвердит.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="496"/>
        <source>HQ refused the order: {why}. Pick one of these instead:</source>
        <translation>Офис отклонил заказ: {why}. Выберите замену:</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="506"/>
        <source>HQ refused the order: {why}. No other store or size has it; change the order or add the item to the wishlist.</source>
        <translation>Офис отклонил заказ: {why}. Ни в другом магазине, ни в другом размере его нет; измените заказ или добавьте товар в список желаний.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="546"/>
        <source>Same item, other store</source>
        <translation>Тот же товар, другой магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="547"/>
        <source>Other size or colour</source>
        <translation>Другой размер или цвет</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="53"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="56"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="57"/>
        <source>Today at this store</source>
        <translation>Сегодня в этом магазине</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="66"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="80"/>
        <source>Placed</source>
        <translation>Оформлен</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="81"/>
        <source>Shopper</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="82"/>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="83"/>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="84"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="86"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="101"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="102"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="103"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="104"/>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="105"/>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="112"/>
        <source>Order this alternative</source>
        <translation>Заказать эту замену</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="115"/>
        <source>Cancel order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="144"/>
        <source>Orders of {name}</source>
        <translation>Заказы: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="169"/>
        <source>No orders yet today at this store.</source>
        <translation>Сегодня в этом магазине заказов пока нет.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="171"/>
        <source>This shopper has no orders.</source>
        <translation>У этого покупателя нет заказов.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="207"/>
        <source>Choose an order to see what can be done next.</source>
        <translation>Выберите заказ, чтобы увидеть, что можно сделать.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="209"/>
        <source>HQ refused it: {why}.</source>
        <translation>Офис отклонил: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="211"/>
        <source>Order one of the alternatives below, or cancel it.</source>
        <translation>Закажите одну из замен ниже или отмените заказ.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="213"/>
        <source>Nothing else is available; cancel it and tell the shopper.</source>
        <translation>Других вариантов нет; отмените заказ и сообщите покупателю.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="217"/>
        <source>Last try: {why}.</source>
        <translation>Последняя попытка: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="222"/>
        <source>Saved on this terminal; it is sent when HQ can be reached.</source>
        <translation>Сохранён на этом терминале; будет отправлен, когда офис станет доступен.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="224"/>
        <source>You can still cancel it.</source>
        <translation>Его ещё можно отменить.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="230"/>
        <source>A cancellation is waiting to be sent to HQ.</source>
        <translation>Отмена ждёт отправки в офис.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="233"/>
        <source>Order {order}: {status}.</source>
        <translation>Заказ {order}: {status}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="259"/>
        <source>Placed again with the alternative: confirmed by HQ.</source>
        <translation>Заказ оформлен с заменой: подтверждён офисом.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="261"/>
        <source>Placed again with the alternative: queued for HQ.</source>
        <translation>Заказ оформлен с заменой: в очереди на отправку в офис.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="264"/>
        <source>HQ refused the alternative too: {why}</source>
        <translation>Офис отклонил и замену: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="287"/>
        <source>Cancelled: it was never sent to HQ.</source>
        <translation>Отменён: он не был отправлен в офис.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="288"/>
        <source>Cancelled at HQ; the stock is released.</source>
        <translation>Отменён в офисе; резерв снят.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="289"/>
        <source>Cancellation saved; it is sent when HQ can be reached.</source>
        <translation>Отмена сохранена; будет отправлена, когда офис станет доступен.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="298"/>
        <source>That did not work: {why}</source>
        <translation>Не получилось: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="309"/>
        <source>Pick-up: {store}</source>
        <translation>Самовывоз: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="310"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="315"/>
        <source>nearest with stock</source>
        <translation>ближайший с остатком</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="321"/>
        <source>cancelling</source>
        <translation>отменяется</translation>
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
        <location filename="../../clienteling/ui/profile.py" line="77"/>
        <source>← Search</source>
        <translation>← Поиск</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="91"/>
        <source>Stock and order</source>
        <translation>Остатки и заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="93"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="107"/>
        <source>Lifetime value</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="108"/>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="109"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="110"/>
        <source>Home store</source>
        <translation>Основной магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="111"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="112"/>
        <source>Loyalty number</source>
        <translation>Номер карты лояльности</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="136"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="137"/>
        <location filename="../../clienteling/ui/profile.py" line="153"/>
        <location filename="../../clienteling/ui/profile.py" line="160"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="138"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="140"/>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="141"/>
        <source>↩ returned</source>
        <translation>↩ возврат</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="144"/>
        <location filename="../../clienteling/ui/profile.py" line="256"/>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="167"/>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="172"/>
        <source>Sizes and preferences</source>
        <translation>Размеры и предпочтения</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="176"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="177"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="179"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="183"/>
        <location filename="../../clienteling/ui/profile.py" line="197"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="191"/>
        <location filename="../../clienteling/ui/profile.py" line="203"/>
        <source>Reason for the visit</source>
        <translation>Цель визита</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="196"/>
        <source>What did the shopper ask for, like or need?</source>
        <translation>Что покупатель просил, что понравилось, что нужно?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="199"/>
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="215"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="219"/>
        <location filename="../../clienteling/ui/profile.py" line="238"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="220"/>
        <location filename="../../clienteling/ui/profile.py" line="239"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="221"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="223"/>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="225"/>
        <source>In stock here</source>
        <translation>Есть в этом магазине</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="225"/>
        <source>Not here</source>
        <translation>Нет в этом магазине</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="228"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="234"/>
        <source>Wishlist</source>
        <translation>Список желаний</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="240"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="241"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="248"/>
        <source>Placed</source>
        <translation>Оформлен</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="249"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="251"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="253"/>
        <source>Pick-up</source>
        <translation>Самовывоз</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="253"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="261"/>
        <source>Open orders</source>
        <translation>Открытые заказы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="297"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="313"/>
        <source>This shopper is no longer on this terminal.</source>
        <translation>Этого покупателя больше нет на терминале.</translation>
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
        <translation>Профилирование</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="338"/>
        <source>Consent given</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="338"/>
        <source>No consent</source>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="345"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="360"/>
        <source>Suggestions</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="374"/>
        <source>Size: {category}</source>
        <translation>Размер: {category}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="378"/>
        <source>Fit</source>
        <translation>Посадка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="379"/>
        <source>Brands</source>
        <translation>Бренды</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="380"/>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="381"/>
        <source>Styles</source>
        <translation>Стили</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="387"/>
        <source>No sizes or preferences recorded yet.</source>
        <translation>Размеры и предпочтения пока не записаны.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="391"/>
        <source>Refused by HQ: {why}</source>
        <translation>Отклонено центральным офисом: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="393"/>
        <source>Waiting to send</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="394"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="403"/>
        <source>Write the note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="421"/>
        <source>Note saved.</source>
        <translation>Заметка сохранена.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="425"/>
        <source>Note saved on this terminal; it is sent to HQ when the connection is back.</source>
        <translation>Заметка сохранена на терминале; она уйдёт в центральный офис, когда вернётся связь.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="433"/>
        <source>The note was not saved: {why}</source>
        <translation>Заметка не сохранена: {why}</translation>
    </message>
</context>
<context>
    <name>ShopperModel</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="38"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="39"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="40"/>
        <source>Home store</source>
        <translation>Основной магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="41"/>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="42"/>
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
        <location filename="../../clienteling/ui/status.py" line="40"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="56"/>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="57"/>
        <source>● Offline</source>
        <translation>● Нет связи</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="58"/>
        <source>● HQ slow</source>
        <translation>● Офис отвечает медленно</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="59"/>
        <source>● Syncing…</source>
        <translation>● Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="64"/>
        <source>Last sync: {age}</source>
        <translation>Синхронизация: {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="65"/>
        <source>Queued: {n}</source>
        <translation>В очереди: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="67"/>
        <source>Refused: {n}</source>
        <translation>Отклонено: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="86"/>
        <source>{name} (signed in offline)</source>
        <translation>{name} (вход без связи)</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="140"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="142"/>
        <source>Products and stock</source>
        <translation>Товары и остатки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="153"/>
        <source>Product name, SKU or GTIN  (Ctrl+P)</source>
        <translation>Название товара, артикул или GTIN  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="154"/>
        <source>Search products</source>
        <translation>Поиск товаров</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="164"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="165"/>
        <source>Style</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="166"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="176"/>
        <source>Find a product to see its stock.</source>
        <translation>Найдите товар, чтобы увидеть остатки.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="183"/>
        <source>Stock here by size and colour</source>
        <translation>Остатки здесь по размеру и цвету</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="199"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="200"/>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="201"/>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="202"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="207"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="209"/>
        <source>Order for delivery…</source>
        <translation>Заказ с доставкой…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="260"/>
        <source>For {name}</source>
        <translation>Для: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="297"/>
        <location filename="../../clienteling/ui/stock.py" line="385"/>
        <source>Type a product name, or scan or type a SKU or GTIN.</source>
        <translation>Введите название товара или отсканируйте либо введите артикул или GTIN.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="320"/>
        <source>Enter shows the first product.</source>
        <translation>Enter показывает первый товар.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="323"/>
        <source>No product in the catalog matches “{query}”.</source>
        <translation>В каталоге нет товаров по запросу «{query}».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="334"/>
        <source>The search did not work: {why}</source>
        <translation>Поиск не сработал: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="356"/>
        <source>Asking HQ for the latest figures…</source>
        <translation>Запрашиваем у офиса свежие данные…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="363"/>
        <source>The stock could not be read: {why}</source>
        <translation>Не удалось прочитать остатки: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="391"/>
        <source>This item is not in the catalog on this terminal.</source>
        <translation>Этого товара нет в каталоге на этом терминале.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="401"/>
        <source>Style {style}</source>
        <translation>Модель {style}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="410"/>
        <source>Available here ({store}) by colour and size</source>
        <translation>Доступно здесь ({store}) по цвету и размеру</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="419"/>
        <source>{colour}, size {size}: {n} here</source>
        <translation>{colour}, размер {size}: здесь {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="427"/>
        <source>Other stores, nearest first — live from HQ.</source>
        <translation>Другие магазины, сначала ближайшие — актуально из офиса.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="431"/>
        <source>Other stores, nearest first — from this terminal&apos;s last sync (HQ cannot be reached now).</source>
        <translation>Другие магазины, сначала ближайшие — с последней синхронизации терминала (офис сейчас недоступен).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="457"/>
        <source>Open a shopper&apos;s profile first to order for them.</source>
        <translation>Сначала откройте профиль покупателя, чтобы оформить для него заказ.</translation>
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
    <message>
        <location filename="../../clienteling/ui/texts.py" line="125"/>
        <source>as of {age}</source>
        <translation>данные {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="132"/>
        <source>{km} km</source>
        <translation>{km} км</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="139"/>
        <source>black</source>
        <translation>чёрный</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="140"/>
        <source>white</source>
        <translation>белый</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="141"/>
        <source>navy</source>
        <translation>тёмно-синий</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="142"/>
        <source>grey</source>
        <translation>серый</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="143"/>
        <source>beige</source>
        <translation>бежевый</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="144"/>
        <source>olive</source>
        <translation>оливковый</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="145"/>
        <source>red</source>
        <translation>красный</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="146"/>
        <source>blue</source>
        <translation>синий</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="147"/>
        <source>brown</source>
        <translation>коричневый</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="148"/>
        <source>green</source>
        <translation>зелёный</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="156"/>
        <source>Queued — will be sent when HQ is back</source>
        <translation>В очереди — будет отправлен, когда офис станет доступен</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="158"/>
        <source>Refused by HQ</source>
        <translation>Отклонён офисом</translation>
    </message>
</context>
</TS>
