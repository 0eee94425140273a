<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActivityTables</name>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="142"/>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="147"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="155"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="159"/>
        <source>Hints</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="163"/>
        <source>Mistakes</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="167"/>
        <source>Finished</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="47"/>
        <source>Associate</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="98"/>
        <location filename="../../clienteling/ui/activity_tables.py" line="213"/>
        <source>Shopper</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="102"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="106"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="110"/>
        <source>Last served</source>
        <translation>Последнее обслуживание</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="114"/>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="118"/>
        <source>Lifetime value</source>
        <translation>Сумма за всё время</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="122"/>
        <source>May be contacted by</source>
        <translation>Можно связаться через</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="205"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="209"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="217"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="221"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="229"/>
        <source>Loading the records…</source>
        <translation>Загружаем записи…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="237"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="289"/>
        <source>No records behind this number.</source>
        <translation>За этим числом нет записей.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="292"/>
        <source>{n} records; tap one to open its shopper or order.</source>
        <translation>Записей: {n}; нажмите на запись, чтобы открыть покупателя или заказ.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_tables.py" line="300"/>
        <source>The records could not be loaded: {why}</source>
        <translation>Не удалось загрузить записи: {why}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>AlternativesModel</name>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="260"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="261"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="262"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="263"/>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="264"/>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="267"/>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="272"/>
        <source>Same item, other store</source>
        <translation>Тот же товар, другой магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/tables.py" line="273"/>
        <source>Other size or colour</source>
        <translation>Другой размер или цвет</translation>
    </message>
</context>
<context>
    <name>AlternativesPanel</name>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="39"/>
        <source>Order this instead</source>
        <translation>Заказать это вместо</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="37"/>
        <source>Scan with camera</source>
        <translation>Сканировать камерой</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="41"/>
        <source>Hold the code in front of the camera.</source>
        <translation>Поднесите код к камере.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="42"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="126"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="167"/>
        <source>The app may not use the camera. Allow it in the system settings, or scan with a handheld scanner.</source>
        <translation>Приложению запрещено использовать камеру. Разрешите это в настройках системы или сканируйте ручным сканером.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="212"/>
        <source>No camera found. Connect one, or scan with a handheld scanner or from an image.</source>
        <translation>Камера не найдена. Подключите её или сканируйте ручным сканером или с изображения.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/camera.py" line="234"/>
        <source>The camera stopped: %1</source>
        <translation>Камера остановилась: %1</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="116"/>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="230"/>
        <source>Preparing the practice store for “{title}”</source>
        <translation>Подготовка учебного магазина к «{title}»</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="248"/>
        <source>The practice store was reset, so “{title}” stopped. Start it again to practise it.</source>
        <translation>Учебный магазин сброшен, поэтому «{title}» остановлен. Начните его заново, чтобы потренироваться.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="349"/>
        <source>Right: {why}</source>
        <translation>Верно: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="384"/>
        <source>Hide the coach</source>
        <translation>Скрыть тренера</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="384"/>
        <source>Show the coach</source>
        <translation>Показать тренера</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="390"/>
        <source>Preparing the practice store for “{title}”…</source>
        <translation>Подготовка учебного магазина к «{title}»…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="398"/>
        <source>Guided scenarios</source>
        <translation>Учебные сценарии</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="402"/>
        <source>Pick a scenario to practise.</source>
        <translation>Выберите сценарий для тренировки.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="404"/>
        <source>Sign in to pick a scenario to practise.</source>
        <translation>Войдите, чтобы выбрать сценарий для тренировки.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="416"/>
        <source>Scenario: {title}</source>
        <translation>Сценарий: {title}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="444"/>
        <source>Sign in to go on with this scenario.</source>
        <translation>Войдите, чтобы продолжить этот сценарий.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="447"/>
        <source>Step {n} of {total}: {step}</source>
        <translation>Шаг {n} из {total}: {step}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach.py" line="470"/>
        <source>Finished.</source>
        <translation>Готово.</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="47"/>
        <location filename="../../clienteling/ui/home_day.py" line="65"/>
        <location filename="../../clienteling/ui/home_day.py" line="73"/>
        <source>Shopper</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="48"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="50"/>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="60"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="66"/>
        <location filename="../../clienteling/ui/home_day.py" line="174"/>
        <source>Follow-up</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="74"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="72"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="83"/>
        <source>Shoppers you open on this terminal show here, newest first. Search above or scan a loyalty card to open one.</source>
        <translation>Здесь появляются покупатели, которых вы открывали на этом терминале, сначала последние. Найдите покупателя выше или отсканируйте карту лояльности.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="93"/>
        <source>Nothing due today. Follow-ups you add on a shopper&apos;s profile show here on the day they are due.</source>
        <translation>На сегодня ничего нет. Напоминания, добавленные в профиле покупателя, появятся здесь в свой срок.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="103"/>
        <source>HQ has everything you saved. Notes, edits and orders that wait for the connection, or that HQ refused, show here.</source>
        <translation>Всё сохранённое вами уже в центральном офисе. Здесь появятся заметки, изменения и заказы, ожидающие связи или отклонённые офисом.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="116"/>
        <source>Your recent shoppers</source>
        <translation>Ваши недавние покупатели</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="117"/>
        <source>Follow-ups due</source>
        <translation>Напоминания на сегодня</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="118"/>
        <source>Not yet at HQ</source>
        <translation>Ещё не в офисе</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="162"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="166"/>
        <source>Refused by HQ: {why}</source>
        <translation>Отклонено офисом: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="168"/>
        <source>Set aside, not sent</source>
        <translation>Отложено, не отправлено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="169"/>
        <source>Waiting to send</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="173"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="175"/>
        <source>Follow-up done</source>
        <translation>Напоминание выполнено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="176"/>
        <location filename="../../clienteling/ui/home_day.py" line="177"/>
        <source>Sizes and preferences</source>
        <translation>Размеры и предпочтения</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="178"/>
        <source>Wishlist item</source>
        <translation>Товар в списке желаний</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="179"/>
        <source>Wishlist removal</source>
        <translation>Удаление из списка желаний</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="180"/>
        <source>Training result</source>
        <translation>Результат обучения</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="181"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="182"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/home_day.py" line="183"/>
        <source>Order change</source>
        <translation>Изменение заказа</translation>
    </message>
</context>
<context>
    <name>DoctorTexts</name>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="17"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="18"/>
        <source>Keyring</source>
        <translation>Хранилище ключей</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="19"/>
        <source>Offline cache</source>
        <translation>Офлайн-кэш</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="20"/>
        <source>Cache files kept aside</source>
        <translation>Отложенные файлы кэша</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="21"/>
        <source>Disk space</source>
        <translation>Место на диске</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="22"/>
        <source>HQ</source>
        <translation>Центральный офис</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="23"/>
        <source>Secure connection</source>
        <translation>Защищённое соединение</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="24"/>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="25"/>
        <source>Queued writes</source>
        <translation>Записи в очереди</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="26"/>
        <source>Scanner settings</source>
        <translation>Настройки сканера</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="27"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="28"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="33"/>
        <source>App {app}, protocol {protocol}, cache schema {cache_schema}.</source>
        <translation>Приложение {app}, протокол {protocol}, схема кэша {cache_schema}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="34"/>
        <source>Secrets are kept in a secure keyring ({backend}).</source>
        <translation>Секреты хранятся в защищённом хранилище ключей ({backend}).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="36"/>
        <source>Training keeps its secrets in memory: no secure keyring here. Fine for practice.</source>
        <translation>Обучение хранит секреты в памяти: защищённого хранилища здесь нет. Для практики этого достаточно.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="39"/>
        <source>The keyring ({backend}) does not protect secrets. Install gnome-keyring and run the app in a desktop session (see the README, &apos;Kiosk terminals&apos;).</source>
        <translation>Хранилище ключей ({backend}) не защищает секреты. Установите gnome-keyring и запускайте приложение в сеансе рабочего стола (см. README, «Kiosk terminals»).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="43"/>
        <source>The keyring cannot be used: {why}. Unlock or install it, then start again.</source>
        <translation>Хранилищем ключей нельзя воспользоваться: {why}. Разблокируйте или установите его и запустите снова.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="45"/>
        <source>Encrypted, every page checked, {megabytes} MB.</source>
        <translation>Зашифрован, все страницы проверены, {megabytes} МБ.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="47"/>
        <source>No offline cache yet. Sign in once while HQ is reachable to make it.</source>
        <translation>Офлайн-кэша ещё нет. Войдите один раз, пока офис доступен, чтобы он появился.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="49"/>
        <source>Not checked: the keyring could not be opened.</source>
        <translation>Не проверено: не удалось открыть хранилище ключей.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="51"/>
        <source>The cache&apos;s key is not in the keyring. Enroll the terminal again; queued orders in the old file are kept aside (docs/offline.md).</source>
        <translation>Ключа кэша нет в хранилище ключей. Зарегистрируйте терминал заново; заказы из очереди старого файла сохраняются отдельно (docs/offline.md).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="55"/>
        <source>The cache does not open with the key in the keyring. Start the app: it keeps the file aside and syncs a new copy from HQ (docs/offline.md).</source>
        <translation>Кэш не открывается ключом из хранилища ключей. Запустите приложение: оно отложит файл и загрузит новую копию из центрального офиса (docs/offline.md).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="59"/>
        <source>{files} cache file(s) kept aside, the newest {newest}: their key was lost or they were damaged, and orders queued in them were not sent. With the old key from a keyring backup they can be read (docs/offline.md).</source>
        <translation>Отложено файлов кэша: {files}, последний — {newest}: их ключ утерян или они повреждены, и заказы из их очереди не отправлены. Со старым ключом из резервной копии хранилища ключей их можно прочитать (docs/offline.md).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="64"/>
        <source>The cache is damaged. Close the app and start it again: it syncs a new copy from HQ. If this repeats, check the disk.</source>
        <translation>Кэш повреждён. Закройте приложение и запустите снова: оно загрузит новую копию из офиса. Если это повторится, проверьте диск.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="68"/>
        <source>The cache file is not encrypted. Delete it with the app closed and sync again.</source>
        <translation>Файл кэша не зашифрован. Удалите его, закрыв приложение, и синхронизируйте заново.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="71"/>
        <source>The cache was written by a newer Clienteling. Install the newer version.</source>
        <translation>Кэш записан более новой версией Clienteling. Установите новую версию.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="73"/>
        <source>Not checked: the cache could not be read.</source>
        <translation>Не проверено: кэш не удалось прочитать.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="74"/>
        <source>{free} free.</source>
        <translation>Свободно {free}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="75"/>
        <source>Only {free} free. Free some space soon.</source>
        <translation>Свободно всего {free}. Скоро освободите место.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="77"/>
        <source>Only {free} free: syncing and queued orders may fail. Free space now.</source>
        <translation>Свободно всего {free}: синхронизация и заказы в очереди могут не пройти. Освободите место сейчас.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="79"/>
        <source>Not checked: this terminal is not enrolled yet.</source>
        <translation>Не проверено: терминал ещё не зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="80"/>
        <source>HQ answers in {round_trip_ms} ms (HQ version {hq_version}).</source>
        <translation>Офис отвечает за {round_trip_ms} мс (версия офиса {hq_version}).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="82"/>
        <source>HQ cannot be reached. Check the store&apos;s network; orders wait in the outbox.</source>
        <translation>Офис недоступен. Проверьте сеть магазина; заказы ждут в очереди отправки.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="84"/>
        <source>HQ answers with an error. Tell HQ support; orders wait.</source>
        <translation>Офис отвечает ошибкой. Сообщите в поддержку офиса; заказы ждут.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="85"/>
        <source>HQ&apos;s certificate is valid.</source>
        <translation>Сертификат офиса действителен.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="86"/>
        <source>Plain connection to an HQ on this machine (allowed only there).</source>
        <translation>Обычное соединение с офисом на этом компьютере (допускается только здесь).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="88"/>
        <source>HQ&apos;s certificate was refused. Check the terminal&apos;s date and time, then tell HQ support.</source>
        <translation>Сертификат офиса отклонён. Проверьте дату и время терминала и сообщите в поддержку офиса.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="91"/>
        <source>In step with HQ ({skew_seconds} s).</source>
        <translation>Совпадают с офисом ({skew_seconds} с).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="93"/>
        <source>This terminal&apos;s clock is {skew_seconds} s off HQ&apos;s. Set the date and time automatically (network time).</source>
        <translation>Часы терминала расходятся с офисом на {skew_seconds} с. Включите автоматическую установку даты и времени (время сети).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="96"/>
        <source>HQ did not say its time.</source>
        <translation>Офис не сообщил своё время.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="97"/>
        <source>{queued} waiting for HQ, none set aside.</source>
        <translation>Ждут офиса: {queued}, отложенных нет.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="99"/>
        <source>{parked} set aside by HQ. A manager reviews them on the manager&apos;s screen.</source>
        <translation>Отложено офисом: {parked}. Менеджер разбирает их на экране менеджера.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="102"/>
        <source>{queued} waiting for HQ, the oldest for {oldest_queued_hours} h. Check the network.</source>
        <translation>Ждут офиса: {queued}, самая старая запись — {oldest_queued_hours} ч. Проверьте сеть.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="105"/>
        <source>Usable.</source>
        <translation>Пригодны.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="107"/>
        <source>Not usable ({why}); the standard settings are used. A manager sets the scanner up again on the manager&apos;s screen.</source>
        <translation>Непригодны ({why}); используются стандартные настройки. Менеджер заново настраивает сканер на экране менеджера.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="110"/>
        <source>Cameras found: {count}.</source>
        <translation>Найдено камер: {count}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="112"/>
        <source>No camera found. Scan with the scanner or type instead; connect a camera to scan with it.</source>
        <translation>Камера не найдена. Сканируйте сканером или вводите вручную; подключите камеру, чтобы сканировать ею.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="115"/>
        <source>Printer: {name}.</source>
        <translation>Принтер: {name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="117"/>
        <source>No printer set up. Slips can still be shown on screen or saved as PDF.</source>
        <translation>Принтер не настроен. Квитанции можно показать на экране или сохранить в PDF.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="131"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="132"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="133"/>
        <source>Fix</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/doctor_texts.py" line="134"/>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
</context>
<context>
    <name>EnrollScreen</name>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="66"/>
        <source>Clienteling: enroll this terminal</source>
        <translation>Clienteling: регистрация терминала</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="70"/>
        <source>Enroll this terminal</source>
        <translation>Зарегистрировать этот терминал</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="74"/>
        <source>Type the HQ address and the one-time code your manager gave you. The terminal then copies this store&apos;s data; it takes a few minutes.</source>
        <translation>Введите адрес офиса и одноразовый код, который дал вам управляющий. Затем терминал скопирует данные магазина; это займёт несколько минут.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="82"/>
        <source>e.g. https://hq.example.com</source>
        <translation>напр. https://hq.example.com</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="83"/>
        <location filename="../../clienteling/ui/enroll.py" line="100"/>
        <source>HQ address</source>
        <translation>Адрес офиса</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="87"/>
        <location filename="../../clienteling/ui/enroll.py" line="102"/>
        <source>One-time code</source>
        <translation>Одноразовый код</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="92"/>
        <location filename="../../clienteling/ui/enroll.py" line="104"/>
        <source>Terminal name</source>
        <translation>Имя терминала</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="105"/>
        <source>Enroll</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="146"/>
        <source>That is not an enrollment code. Scan the code HQ printed for this terminal.</source>
        <translation>Это не код регистрации. Отсканируйте код, который офис напечатал для этого терминала.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="170"/>
        <source>A code has no {chars}: letters A–Z without I and O, digits 2–9.</source>
        <translation>В коде не бывает {chars}: буквы A–Z без I и O, цифры 2–9.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="173"/>
        <source>A code has 16 characters, like ABCD-EFGH-JKLM-NPQR.</source>
        <translation>Код состоит из 16 символов, например ABCD-EFGH-JKLM-NPQR.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="185"/>
        <source>Type an address like https://hq.example.com</source>
        <translation>Введите адрес вида https://hq.example.com</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="215"/>
        <source>Enrolling this terminal with HQ…</source>
        <translation>Регистрирую терминал в офисе…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="220"/>
        <source>terminal</source>
        <translation>терминал</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="228"/>
        <source>Enrolled for {store}.</source>
        <translation>Зарегистрирован для магазина {store}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="234"/>
        <source>This terminal was not enrolled: {why}</source>
        <translation>Терминал не зарегистрирован: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="109"/>
        <location filename="../../clienteling/ui/enroll.py" line="195"/>
        <source>Type HQ&apos;s address to enroll.</source>
        <translation>Введите адрес офиса, чтобы зарегистрировать.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="197"/>
        <source>Correct the code to enroll.</source>
        <translation>Исправьте код, чтобы зарегистрировать.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/enroll.py" line="200"/>
        <source>Type all {n} letters of the code to enroll.</source>
        <translation>Введите все {n} символов кода, чтобы зарегистрировать.</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="86"/>
        <source>Employee id</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="89"/>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="93"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="92"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="78"/>
        <source>Leave kiosk mode</source>
        <translation>Выход из режима киоска</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="81"/>
        <source>A manager&apos;s PIN is needed to close the app.</source>
        <translation>Чтобы закрыть приложение, нужен PIN-код менеджера.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="102"/>
        <source>Close the app</source>
        <translation>Закрыть приложение</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="103"/>
        <source>Stay</source>
        <translation>Остаться</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="115"/>
        <source>This terminal is not set up yet, so no PIN can be checked. Finish enrolling it, or stop the app from the device&apos;s management (see docs/kiosk.md).</source>
        <translation>Этот терминал ещё не настроен, поэтому PIN-код проверить нельзя. Завершите его регистрацию или остановите приложение средствами управления устройством (см. docs/kiosk.md).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="122"/>
        <source>Type the manager&apos;s employee id and PIN.</source>
        <translation>Введите табельный номер и PIN-код менеджера.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/kiosk_mode.py" line="147"/>
        <source>That PIN did not let you out: {reason}</source>
        <translation>Этот PIN-код не позволяет выйти: {reason}</translation>
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
        <location filename="../../clienteling/ui/startup.py" line="73"/>
        <source>This terminal&apos;s data could not be opened (its key was lost or the file is damaged). It was kept aside, not deleted, and the store&apos;s data is brought again from HQ. Tell IT support: orders queued in it may still be recovered.</source>
        <translation>Не удалось открыть данные этого терминала (ключ утерян или файл повреждён). Они сохранены отдельно, а не удалены, и данные магазина заново загружаются из центрального офиса. Сообщите в ИТ-поддержку: заказы из очереди в этом файле ещё можно восстановить.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="80"/>
        <source>Continue in the background</source>
        <translation>Продолжить в фоне</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="107"/>
        <source>Syncing {collection}</source>
        <translation>Синхронизация: {collection}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="112"/>
        <source>{rows} rows, {rate} rows/s</source>
        <translation>{rows} строк, {rate} строк/с</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/startup.py" line="116"/>
        <source>about {s} s left</source>
        <translation>осталось около {s} с</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message numerus="yes">
        <location filename="../../clienteling/ui/formats.py" line="193"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clienteling/ui/formats.py" line="190"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clienteling/ui/formats.py" line="187"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="236"/>
        <source>Item {sku} (not in the catalog here)</source>
        <translation>Товар {sku} (нет в каталоге этого терминала)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="121"/>
        <source>Refund {amount}</source>
        <translation>Возврат {amount}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="246"/>
        <source>Returned: {item}</source>
        <translation>Возвращено: {item}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="260"/>
        <source>{item} · SKU {sku}</source>
        <translation>{item} · артикул {sku}</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <location filename="../../clienteling/ui/freshness.py" line="22"/>
        <source>as of {age} (this terminal&apos;s copy)</source>
        <translation>данные {age} (копия на этом терминале)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/freshness.py" line="16"/>
        <source>confirmed at HQ just now</source>
        <translation>подтверждено офисом только что</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/freshness.py" line="18"/>
        <source>confirmed at HQ {age}</source>
        <translation>подтверждено офисом {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/freshness.py" line="25"/>
        <source>not synced on this terminal yet</source>
        <translation>ещё не синхронизировано на этом терминале</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="98"/>
        <source>{item}: {n} available here (SKU {sku})</source>
        <translation>{item}: здесь доступно {n} (артикул {sku})</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location filename="../../clienteling/ui/idle.py" line="133"/>
        <source>Locked after {minutes} min without use; sign in to carry on.</source>
        <translation>Заблокировано после {minutes} мин бездействия; войдите, чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="70"/>
        <source>Find a shopper</source>
        <translation>Найти покупателя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="75"/>
        <source>Name, phone, e-mail or loyalty number</source>
        <translation>Имя, телефон, e-mail или номер карты лояльности</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="76"/>
        <location filename="../../clienteling/ui/lookup.py" line="80"/>
        <source>Search shoppers</source>
        <translation>Поиск покупателей</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="112"/>
        <source>Products and stock</source>
        <translation>Товары и остатки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="115"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="118"/>
        <source>Scan with camera</source>
        <translation>Сканировать камерой</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="120"/>
        <source>Or paste a picture of a code (Ctrl+V), or drop an image file on the window</source>
        <translation>Или вставьте картинку с кодом (Ctrl+V), или перетащите файл изображения в окно</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="175"/>
        <source>Hello, {name}. Find a shopper</source>
        <translation>Здравствуйте, {name}. Найдите покупателя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="204"/>
        <source>Type a name, the last digits of a phone, an e-mail or scan a loyalty card.</source>
        <translation>Введите имя, последние цифры телефона, e-mail или отсканируйте карту лояльности.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="211"/>
        <source>Enter opens the first shopper.</source>
        <translation>Enter открывает первого покупателя.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="214"/>
        <source>No shopper on this terminal matches “{query}”.</source>
        <translation>На этом терминале нет покупателей по запросу «{query}».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="228"/>
        <source>The search did not work: {why}</source>
        <translation>Поиск не удался: {why}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="326"/>
        <source>Clienteling — TRAINING</source>
        <translation>Clienteling — ОБУЧЕНИЕ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="71"/>
        <source>Clienteling</source>
        <translation>Clienteling</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="283"/>
        <source>✓ HQ confirmed order {order}</source>
        <translation>✓ Офис подтвердил заказ {order}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="286"/>
        <source>HQ refused order {order}: see Orders (Ctrl+O)</source>
        <translation>Офис отклонил заказ {order}: см. Заказы (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/window_roles.py" line="135"/>
        <source>The scanner settings could not be saved: {why}</source>
        <translation>Не удалось сохранить настройки сканера: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="332"/>
        <source>Enrolling this terminal with HQ</source>
        <translation>Регистрируем терминал в центральном офисе</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="334"/>
        <source>Preparing the training chain: {stage}</source>
        <translation>Готовим учебную сеть магазинов: {stage}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="356"/>
        <source>Checking this terminal&apos;s data</source>
        <translation>Проверяем данные терминала</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/main_window.py" line="394"/>
        <source>The first sync did not finish: HQ cannot be reached. Check the network and start the app again; nothing was lost.</source>
        <translation>Первая синхронизация не завершилась: центральный офис недоступен. Проверьте сеть и запустите приложение снова; ничего не потеряно.</translation>
    </message>
</context>
<context>
    <name>Manager</name>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="45"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="46"/>
        <location filename="../../clienteling/ui/manager.py" line="47"/>
        <source>Profile change</source>
        <translation>Изменение профиля</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="48"/>
        <source>Wishlist item</source>
        <translation>Товар из списка желаний</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="49"/>
        <source>Wishlist item removed</source>
        <translation>Товар удалён из списка желаний</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="50"/>
        <source>Training result</source>
        <translation>Результат обучения</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="51"/>
        <source>Follow-up</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="52"/>
        <source>Follow-up done</source>
        <translation>Напоминание выполнено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="53"/>
        <source>Visit rating</source>
        <translation>Оценка визита</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="54"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="55"/>
        <source>Order change</source>
        <translation>Изменение заказа</translation>
    </message>
</context>
<context>
    <name>ManagerScreen</name>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="133"/>
        <source>The store&apos;s terminals</source>
        <translation>Терминалы магазина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="85"/>
        <source>Exit…</source>
        <translation>Выход…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="279"/>
        <source>{version} (update it)</source>
        <translation>{version} (обновите)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="75"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="78"/>
        <source>Manager</source>
        <translation>Управляющий</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="79"/>
        <source>Scanner settings…</source>
        <translation>Настройки сканера…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="81"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="97"/>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="98"/>
        <source>Enrolled</source>
        <translation>Подключён</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="121"/>
        <location filename="../../clienteling/ui/manager.py" line="220"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="122"/>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="122"/>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="136"/>
        <source>Revoke terminal…</source>
        <translation>Отозвать терминал…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="366"/>
        <source>A revoked terminal stops working at its next contact with HQ and must be enrolled again with a new code.</source>
        <translation>Отозванный терминал перестаёт работать при следующем обращении к центральному офису; его нужно подключить заново с новым кодом.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="162"/>
        <source>Terminals</source>
        <translation>Терминалы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="170"/>
        <source>Erase shopper…</source>
        <translation>Удалить покупателя…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="176"/>
        <source>Erasure removes the shopper and everything about them (purchases, notes, preferences, orders) at HQ and on every terminal. It cannot be undone.</source>
        <translation>Удаление стирает покупателя и всё о нём (покупки, заметки, предпочтения, заказы) в центральном офисе и на всех терминалах. Отменить его нельзя.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="187"/>
        <source>Erase a shopper</source>
        <translation>Удалить покупателя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="192"/>
        <source>Associate</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="193"/>
        <source>Employee id</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="194"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="199"/>
        <source>Unlock offline sign-in</source>
        <translation>Разблокировать вход без сети</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="211"/>
        <source>Offline sign-in locks</source>
        <translation>Блокировки входа без сети</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="216"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="217"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="218"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="219"/>
        <source>Shopper</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="231"/>
        <source>Refused and set aside</source>
        <translation>Отклонённые и отложенные</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="256"/>
        <source>{name} (this terminal)</source>
        <translation>{name} (этот терминал)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="284"/>
        <source>Refused by HQ: {why}</source>
        <translation>Отклонено центральным офисом: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="285"/>
        <source>Set aside on this terminal; never sent</source>
        <translation>Отложено на этом терминале; не отправлялось</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="320"/>
        <source>Nobody&apos;s offline sign-in is locked on this terminal.</source>
        <translation>На этом терминале ни у кого не заблокирован вход без сети.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="322"/>
        <source>Locked after too many wrong PINs while HQ could not be reached:</source>
        <translation>Заблокированы после слишком многих неверных PIN, пока центральный офис был недоступен:</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="342"/>
        <source>The terminals could not be listed: {why}</source>
        <translation>Не удалось получить список терминалов: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="358"/>
        <source>Choose a terminal to revoke.</source>
        <translation>Выберите терминал, который нужно отозвать.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="360"/>
        <source>This terminal is already revoked.</source>
        <translation>Этот терминал уже отозван.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="362"/>
        <source>This is the terminal you are using: revoke it from another one.</source>
        <translation>Это терминал, которым вы пользуетесь: отзовите его с другого.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="378"/>
        <source>Revoke {name}?</source>
        <translation>Отозвать {name}?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="380"/>
        <source>It stops working at its next contact with HQ; whoever is signed in there is signed out. It must be enrolled again with a new code.</source>
        <translation>Он перестанет работать при следующем обращении к центральному офису; вошедший на нём консультант будет отключён. Его нужно подключить заново с новым кодом.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="383"/>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="394"/>
        <source>{name} is revoked.</source>
        <translation>{name} отозван.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="408"/>
        <source>Open the shopper&apos;s profile first (search by name or phone, or scan their QR), then come back here to erase them.</source>
        <translation>Сначала откройте профиль покупателя (найдите по имени или телефону или отсканируйте его QR), затем вернитесь сюда, чтобы удалить его.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="425"/>
        <source>The shopper being served: {name}</source>
        <translation>Покупатель, которого вы обслуживаете: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="437"/>
        <source>{name} and everything about them are removed at HQ and on every terminal. This cannot be undone.</source>
        <translation>{name} и всё о нём будут удалены в центральном офисе и на всех терминалах. Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="435"/>
        <source>Erase {name}?</source>
        <translation>Удалить покупателя {name}?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="440"/>
        <source>Erase</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="452"/>
        <source>{name} was erased.</source>
        <translation>Покупатель {name} удалён.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="470"/>
        <source>{name} can sign in offline on this terminal again.</source>
        <translation>{name} снова может входить без сети на этом терминале.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="484"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="329"/>
        <source>HQ refused nothing written on this terminal, and nothing was set aside.</source>
        <translation>Центральный офис ничего не отклонил из записанного на этом терминале, и ничего не отложено.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="331"/>
        <source>Writes HQ refused, with its reason, and writes set aside here:</source>
        <translation>Записи, отклонённые центральным офисом, с причиной, и записи, отложенные здесь:</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="93"/>
        <source>Store activity</source>
        <translation>Работа магазина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="100"/>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="104"/>
        <source>App version</source>
        <translation>Версия приложения</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="108"/>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="109"/>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="111"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="116"/>
        <location filename="../../clienteling/ui/manager.py" line="272"/>
        <source>Online</source>
        <translation>На связи</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="147"/>
        <source>Each terminal tells HQ its app version, last sync and how many writes wait for HQ or were refused; HQ&apos;s figures may be a few minutes old. Online: HQ heard from it in the last few minutes. Terminals with an older release do not tell: not reported. This terminal&apos;s are its own.</source>
        <translation>Каждый терминал сообщает центральному офису версию приложения, последнюю синхронизацию и сколько записей ждут отправки или были отклонены; данные офиса могут отставать на несколько минут. На связи: офис получал от него запросы в последние минуты. Терминалы со старой версией не сообщают: «нет данных». Данные этого терминала — его собственные.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="261"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="263"/>
        <location filename="../../clienteling/ui/manager.py" line="271"/>
        <location filename="../../clienteling/ui/manager.py" line="277"/>
        <source>not reported</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/manager.py" line="272"/>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="159"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>NoMatchOffer</name>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="39"/>
        <source>Search all stores at HQ</source>
        <translation>Искать во всех магазинах</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="41"/>
        <source>Sign-up QR</source>
        <translation>QR для регистрации</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="59"/>
        <source>Not on this terminal? Search every store at HQ, or sign the shopper up.</source>
        <translation>Нет на этом терминале? Найдите во всех магазинах через офис или зарегистрируйте покупателя.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="62"/>
        <source>Offline: only this terminal&apos;s shoppers can be searched. A new shopper can sign up with the QR code.</source>
        <translation>Нет связи: поиск только среди покупателей этого терминала. Новый покупатель может зарегистрироваться по QR-коду.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="75"/>
        <source>Searching every store at HQ…</source>
        <translation>Поиск во всех магазинах через офис…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="91"/>
        <source>HQ cannot be reached now: only this terminal&apos;s shoppers were searched.</source>
        <translation>Офис сейчас недоступен: искали только среди покупателей этого терминала.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="95"/>
        <source>No shopper matches “{query}” at HQ either.</source>
        <translation>В офисе тоже нет покупателя по запросу «{query}».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="101"/>
        <source>Found at HQ. A shopper you open is kept on this terminal from then on.</source>
        <translation>Найдено в офисе. Открытая карточка покупателя останется на этом терминале.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="106"/>
        <source>HQ&apos;s search did not work: {why}</source>
        <translation>Поиск в офисе не сработал: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="114"/>
        <source>Opening from HQ…</source>
        <translation>Открываем из офиса…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="121"/>
        <source>The shopper could not be opened from HQ: {why}</source>
        <translation>Не удалось открыть покупателя из офиса: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup_offer.py" line="130"/>
        <source>HQ cannot be reached now: the shopper could not be opened from HQ.</source>
        <translation>Офис сейчас недоступен: не удалось открыть покупателя.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../clienteling/ui/status.py" line="136"/>
        <source>Offline: HQ cannot be reached. Search, profiles and the stock last synced still work. Notes and orders are saved on this terminal and sent when the connection is back.</source>
        <translation>Нет связи: центральный офис недоступен. Поиск, профили и остатки с последней синхронизации работают. Заметки и заказы сохраняются на терминале и отправятся, когда связь вернётся.</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="118"/>
        <source>This store does not ship to the shopper&apos;s home (switched off at HQ).</source>
        <translation>Этот магазин не доставляет покупателю на дом (отключено в головном офисе).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="69"/>
        <location filename="../../clienteling/ui/order_form.py" line="79"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="70"/>
        <location filename="../../clienteling/ui/order_form.py" line="80"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="71"/>
        <location filename="../../clienteling/ui/order_form.py" line="81"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="74"/>
        <location filename="../../clienteling/ui/order_form.py" line="87"/>
        <source>Send from</source>
        <translation>Отправить из</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="103"/>
        <source>Ship to the shopper</source>
        <translation>Доставить покупателю</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="104"/>
        <source>Pick up in a store</source>
        <translation>Самовывоз из магазина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="158"/>
        <location filename="../../clienteling/ui/order_form.py" line="161"/>
        <source>Pick-up store</source>
        <translation>Магазин самовывоза</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="236"/>
        <source>{size} ({n} here)</source>
        <translation>{size} ({n} здесь)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="261"/>
        <source>{store} — {n} available</source>
        <translation>{store} — доступно {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="260"/>
        <source>(suggested)</source>
        <translation>(рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="265"/>
        <source>Any store (HQ picks the nearest with stock)</source>
        <translation>Любой магазин (офис выберет ближайший с остатком)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="274"/>
        <source>No store shows {n} available for this size and colour. HQ will answer with what it can offer.</source>
        <translation>Ни в одном магазине нет {n} шт. этого размера и цвета. Офис ответит, что может предложить.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="300"/>
        <source>Stock figures {fresh}; HQ checks them again on the order.</source>
        <translation>Остатки: {fresh}; офис ещё раз проверит их при заказе.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="304"/>
        <source>Stock figures {fresh}; HQ did not answer and checks them on the order.</source>
        <translation>Остатки: {fresh}; офис не ответил и проверит их при заказе.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="321"/>
        <source>This colour does not come in this size.</source>
        <translation>Этот цвет не выпускается в этом размере.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="361"/>
        <source>Needed for the delivery.</source>
        <translation>Нужно для доставки.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="362"/>
        <source>Too long; shorten it.</source>
        <translation>Слишком длинно; сократите.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="363"/>
        <source>Use the two-letter country code, e.g. BR, ES, PT.</source>
        <translation>Укажите двухбуквенный код страны, например BR, ES, PT.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="224"/>
        <source>SKU {sku}</source>
        <translation>Артикул {sku}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="131"/>
        <source>Street and number</source>
        <translation>Улица и дом</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="132"/>
        <source>Apartment, floor (optional)</source>
        <translation>Квартира, этаж (необязательно)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="133"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="134"/>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="135"/>
        <source>Region (optional)</source>
        <translation>Регион (необязательно)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_form.py" line="136"/>
        <source>Country (two letters)</source>
        <translation>Страна (две буквы)</translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <location filename="../../clienteling/ui/order.py" line="484"/>
        <source>TRAINING · not a real order</source>
        <translation>ОБУЧЕНИЕ · не настоящий заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="425"/>
        <source>HQ refused the order: {why}.</source>
        <translation>Центральный офис отклонил заказ: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="71"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="74"/>
        <location filename="../../clienteling/ui/order.py" line="257"/>
        <source>Order for delivery</source>
        <translation>Заказ с доставкой</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="100"/>
        <source>Place order</source>
        <translation>Оформить заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="172"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="191"/>
        <source>This shopper or item is not on this terminal.</source>
        <translation>Этого покупателя или товара нет на этом терминале.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="197"/>
        <source>For {name}</source>
        <translation>Для: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="225"/>
        <source>This shopper is no longer on this terminal (erased, or moved out of this store&apos;s list at HQ): no order can be placed for them. Go back and find the shopper again.</source>
        <translation>Этого покупателя больше нет на этом терминале (удалён или убран из списка магазина в центральном офисе): заказ для него оформить нельзя. Вернитесь и найдите покупателя снова.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="337"/>
        <source>Choose a colour and size that exist.</source>
        <translation>Выберите существующие цвет и размер.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="344"/>
        <source>Check the delivery address: the fields marked in red.</source>
        <translation>Проверьте адрес доставки: поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="366"/>
        <location filename="../../clienteling/ui/order.py" line="444"/>
        <source>Placing the order…</source>
        <translation>Оформляем заказ…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="378"/>
        <source>The order was not placed: {why}</source>
        <translation>Заказ не оформлен: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="395"/>
        <source>Confirmed by HQ: order {order}, reserved in {stores}.</source>
        <translation>Подтверждено офисом: заказ {order}, зарезервирован в: {stores}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="407"/>
        <source>Queued — will be sent when HQ is back. Order {order} is saved on this terminal; the status bar tells you when HQ confirms it.</source>
        <translation>В очереди — будет отправлен, когда офис снова станет доступен. Заказ {order} сохранён на этом терминале; строка состояния сообщит, когда офис его подтвердит.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="418"/>
        <source>HQ refused the order: {why}. Pick one of these instead:</source>
        <translation>Офис отклонил заказ: {why}. Выберите замену:</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="431"/>
        <source>HQ refused the order: {why}. No other store or size has it; change the order or add the item to the wishlist.</source>
        <translation>Офис отклонил заказ: {why}. Ни в другом магазине, ни в другом размере его нет; измените заказ или добавьте товар в список желаний.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="472"/>
        <source>Pick up at {store}</source>
        <translation>Самовывоз: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="474"/>
        <source>Delivered to the shopper&apos;s address</source>
        <translation>Доставка по адресу покупателя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="481"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="482"/>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="483"/>
        <source>Scan to follow your order</source>
        <translation>Отсканируйте, чтобы следить за заказом</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="492"/>
        <source>SKU {sku}</source>
        <translation>Артикул {sku}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="83"/>
        <source>This colour does not come in this size.</source>
        <translation>Этого цвета нет в этом размере.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="401"/>
        <source>Placed. Change the item or the delivery to place another order.</source>
        <translation>Заказ оформлен. Измените товар или доставку, чтобы оформить ещё один.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="413"/>
        <source>Saved on this terminal. Change the order to place another one.</source>
        <translation>Сохранено на этом терминале. Измените заказ, чтобы оформить ещё один.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="95"/>
        <source>Review order</source>
        <translation>Проверить заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="98"/>
        <source>Change order</source>
        <translation>Изменить заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order.py" line="257"/>
        <source>Order for pick-up</source>
        <translation>Заказ с самовывозом</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="51"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="54"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="55"/>
        <source>Today at this store</source>
        <translation>Сегодня в этом магазине</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="64"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="70"/>
        <source>Placed</source>
        <translation>Оформлен</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="71"/>
        <source>Shopper</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="73"/>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="77"/>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="78"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="80"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="97"/>
        <source>Order this alternative</source>
        <translation>Заказать эту замену</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="100"/>
        <source>Cancel order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="151"/>
        <source>Orders of {name}</source>
        <translation>Заказы: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="181"/>
        <source>No orders yet today at this store.</source>
        <translation>Сегодня в этом магазине заказов пока нет.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="183"/>
        <source>This shopper has no orders.</source>
        <translation>У этого покупателя нет заказов.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="195"/>
        <source>Order {order} ({name}): {status}.</source>
        <translation>Заказ {order} ({name}): {status}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="233"/>
        <source>Choose an order to see what can be done next.</source>
        <translation>Выберите заказ, чтобы увидеть, что можно сделать.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="235"/>
        <source>HQ refused it: {why}.</source>
        <translation>Офис отклонил: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="237"/>
        <source>Order one of the alternatives below, or cancel it.</source>
        <translation>Закажите одну из замен ниже или отмените заказ.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="239"/>
        <source>Nothing else is available; cancel it and tell the shopper.</source>
        <translation>Других вариантов нет; отмените заказ и сообщите покупателю.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="245"/>
        <source>Last try: {why}.</source>
        <translation>Последняя попытка: {why}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="253"/>
        <source>Saved on this terminal; it is sent when HQ can be reached.</source>
        <translation>Сохранён на этом терминале; будет отправлен, когда офис станет доступен.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="255"/>
        <source>You can still cancel it.</source>
        <translation>Его ещё можно отменить.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="261"/>
        <source>A cancellation is waiting to be sent to HQ.</source>
        <translation>Отмена ждёт отправки в офис.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="264"/>
        <source>Order {order}: {status}.</source>
        <translation>Заказ {order}: {status}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="290"/>
        <source>Placed again with the alternative: confirmed by HQ.</source>
        <translation>Заказ оформлен с заменой: подтверждён офисом.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="292"/>
        <source>Placed again with the alternative: queued for HQ.</source>
        <translation>Заказ оформлен с заменой: в очереди на отправку в офис.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="295"/>
        <source>HQ refused the alternative too: {why}</source>
        <translation>Офис отклонил и замену: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="388"/>
        <source>Cancelled: it was never sent to HQ.</source>
        <translation>Отменён: он не был отправлен в офис.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="389"/>
        <source>Cancelled at HQ; the stock is released.</source>
        <translation>Отменён в офисе; резерв снят.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="390"/>
        <source>Cancellation saved; it is sent when HQ can be reached.</source>
        <translation>Отмена сохранена; будет отправлена, когда офис станет доступен.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="399"/>
        <source>That did not work: {why}</source>
        <translation>Не получилось: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="410"/>
        <source>Pick-up: {store}</source>
        <translation>Самовывоз: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="411"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="416"/>
        <source>nearest with stock</source>
        <translation>ближайший с остатком</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="422"/>
        <source>cancelling</source>
        <translation>отменяется</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="241"/>
        <source>Cancel it and tell the shopper.</source>
        <translation>Отмените его и сообщите покупателю.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="111"/>
        <source>Yes, cancel it</source>
        <translation>Да, отменить</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="114"/>
        <source>Keep the order</source>
        <translation>Оставить заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="121"/>
        <source>Undo</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="311"/>
        <source>Cancel order {order} of {name}? The shopper will not get it.</source>
        <translation>Отменить заказ {order} для {name}? Покупатель его не получит.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="351"/>
        <source>Kept: order {order} is not cancelled.</source>
        <translation>Заказ {order} сохранён и не отменён.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/orders.py" line="366"/>
        <source>Order {order} is cancelled in {n} s.</source>
        <translation>Заказ {order} будет отменён через {n} с.</translation>
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
        <translation>Стереть последнюю цифру</translation>
    </message>
</context>
<context>
    <name>PracticeCards</name>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="108"/>
        <source>TRAINING · not a real card</source>
        <translation>ОБУЧЕНИЕ · не настоящая карта</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="109"/>
        <source>TRAINING · not for sale</source>
        <translation>ОБУЧЕНИЕ · не для продажи</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="110"/>
        <source>Loyalty card</source>
        <translation>Карта лояльности</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="111"/>
        <source>Practice shopper: scan at the till to open the profile</source>
        <translation>Учебный покупатель: отсканируйте на кассе, чтобы открыть профиль</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/practice_cards.py" line="114"/>
        <source>Colour {colour} · Size {size}</source>
        <translation>Цвет {colour} · Размер {size}</translation>
    </message>
</context>
<context>
    <name>ProfileEdits</name>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="56"/>
        <source>This store does not record feedback (switched off at HQ).</source>
        <translation>Этот магазин не записывает отзывы (отключено в головном офисе).</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="114"/>
        <source>Items matching what you type show here.</source>
        <translation>Здесь появятся товары, подходящие под введённый текст.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="65"/>
        <source>The wishlist is empty. Find an item below by name, SKU or barcode, then Add to wishlist.</source>
        <translation>Список желаний пуст. Найдите товар ниже по названию, артикулу или штрихкоду и нажмите «Добавить в список желаний».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="48"/>
        <source>No follow-ups for this shopper. Write what to do and when above, then Add follow-up; it shows on your home screen on the day.</source>
        <translation>Напоминаний для этого покупателя нет. Напишите выше, что и когда сделать, и нажмите «Добавить напоминание»; в этот день оно появится на главном экране.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="29"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="212"/>
        <source>Refused by HQ: {why}</source>
        <translation>Отклонено офисом: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="33"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="208"/>
        <source>Waiting to send</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="86"/>
        <source>HQ refused it: {why}</source>
        <translation>Офис отклонил: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="93"/>
        <source>Saved on this terminal; waiting to send to HQ.</source>
        <translation>Сохранено на этом терминале; ожидает отправки в офис.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="98"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="107"/>
        <source>Not saved: {why}</source>
        <translation>Не сохранено: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="108"/>
        <source>e.g. slim, regular, relaxed</source>
        <translation>напр. приталенный, прямой, свободный</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="109"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="110"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="111"/>
        <source>Separate with commas</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="41"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="116"/>
        <source>Fit</source>
        <translation>Посадка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="42"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="117"/>
        <source>Brands</source>
        <translation>Бренды</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="43"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="118"/>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="44"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="119"/>
        <source>Styles</source>
        <translation>Стили</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="123"/>
        <source>Save sizes and preferences</source>
        <translation>Сохранить размеры и предпочтения</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="37"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="177"/>
        <location filename="../../clienteling/ui/profile_preferences.py" line="185"/>
        <source>Size: {category}</source>
        <translation>Размер: {category}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="30"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="87"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="37"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="92"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="41"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="89"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="45"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="97"/>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="47"/>
        <source>In stock here</source>
        <translation>Есть здесь</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="49"/>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="103"/>
        <source>Not here</source>
        <translation>Здесь нет</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="53"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_edits.py" line="40"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="73"/>
        <source>Remove from wishlist</source>
        <translation>Удалить из списка желаний</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="79"/>
        <source>Add an item: name, SKU or barcode</source>
        <translation>Добавить товар: название, SKU или штрихкод</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="82"/>
        <source>Find an item to add</source>
        <translation>Найдите товар, чтобы добавить</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="94"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="99"/>
        <source>{n} here</source>
        <translation>{n} здесь</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="122"/>
        <source>Add to wishlist</source>
        <translation>Добавить в список желаний</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="171"/>
        <source>No item matches; try the SKU or scan the barcode.</source>
        <translation>Ничего не найдено; попробуйте SKU или отсканируйте штрихкод.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="181"/>
        <source>Find the item and choose its colour and size first.</source>
        <translation>Сначала найдите товар и выберите цвет и размер.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="205"/>
        <source>Choose the item to remove first.</source>
        <translation>Сначала выберите товар для удаления.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="27"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="30"/>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="59"/>
        <source>Follow-up</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="32"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="34"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="36"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="57"/>
        <source>What to do, e.g. call when size M is back</source>
        <translation>Что сделать, напр. позвонить, когда появится размер M</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="66"/>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="75"/>
        <source>Due on</source>
        <translation>Срок до</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="68"/>
        <source>Add follow-up</source>
        <translation>Добавить напоминание</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="71"/>
        <source>Mark done</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="93"/>
        <source>Write what to follow up first.</source>
        <translation>Сначала напишите, что нужно сделать.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="115"/>
        <source>Choose the follow-up to mark done first.</source>
        <translation>Сначала выберите напоминание, которое нужно отметить.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_follow_ups.py" line="122"/>
        <source>This follow-up is already done.</source>
        <translation>Это напоминание уже выполнено.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="28"/>
        <source>Visit rating</source>
        <translation>Оценка визита</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="35"/>
        <source>Rating {n} of 5</source>
        <translation>Оценка {n} из 5</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="45"/>
        <source>Comment (optional)</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="48"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="50"/>
        <source>Save rating</source>
        <translation>Сохранить оценку</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="91"/>
        <source>Last rating: {score}/5</source>
        <translation>Последняя оценка: {score}/5</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_feedback.py" line="102"/>
        <source>Choose a rating from 1 to 5 first.</source>
        <translation>Сначала выберите оценку от 1 до 5.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_wishlist.py" line="32"/>
        <source>SKU {sku}</source>
        <translation>Артикул {sku}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="45"/>
        <source>E-mail consent</source>
        <translation>Согласие на e-mail</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="46"/>
        <source>SMS consent</source>
        <translation>Согласие на SMS</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="47"/>
        <source>Profiling consent</source>
        <translation>Согласие на профилирование</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="48"/>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="49"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="50"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="57"/>
        <source>given</source>
        <translation>дано</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="59"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="65"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="80"/>
        <source>{field}: {value}, changed by {name}, {when}, was {was}</source>
        <translation>{field}: {value}, изменил(а) {name}, {when}, было {was}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="83"/>
        <source>{field}: {value} by {name}, {when}, not kept: a later change won</source>
        <translation>{field}: {value}, {name}, {when}, не сохранено: победило более позднее изменение</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="134"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile_preferences.py" line="138"/>
        <source>History of the edited fields</source>
        <translation>История изменённых полей</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="142"/>
        <source>No purchases yet. Purchases in our stores and online show here after a sync.</source>
        <translation>Покупок пока нет. Покупки в магазинах и онлайн появляются здесь после синхронизации.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="155"/>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="197"/>
        <source>No notes yet. Write what the shopper asked for, liked or needs, then Save note.</source>
        <translation>Заметок пока нет. Напишите, что покупатель просил, что ему понравилось или нужно, и нажмите «Сохранить заметку».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="229"/>
        <source>No suggestions: no other colour or size of what the shopper bought is in stock here in their size.</source>
        <translation>Предложений нет: других цветов и размеров купленного покупателем нет здесь в наличии в его размере.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="249"/>
        <source>No open orders. To order an item for delivery or pick-up, tap Stock and order.</source>
        <translation>Открытых заказов нет. Чтобы заказать товар с доставкой или самовывозом, нажмите «Наличие и заказ».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="63"/>
        <source>← Search</source>
        <translation>← Поиск</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="70"/>
        <source>Stock and order</source>
        <translation>Остатки и заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="72"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="87"/>
        <source>Lifetime value</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="88"/>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="89"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="90"/>
        <source>Home store</source>
        <translation>Основной магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="91"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="92"/>
        <source>Loyalty number</source>
        <translation>Номер карты лояльности</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="111"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="112"/>
        <location filename="../../clienteling/ui/profile.py" line="128"/>
        <location filename="../../clienteling/ui/profile.py" line="134"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="113"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="115"/>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="119"/>
        <location filename="../../clienteling/ui/profile.py" line="241"/>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="147"/>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="150"/>
        <source>Sizes and preferences</source>
        <translation>Размеры и предпочтения</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="154"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="156"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="158"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="162"/>
        <location filename="../../clienteling/ui/profile.py" line="176"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="170"/>
        <location filename="../../clienteling/ui/profile.py" line="182"/>
        <source>Reason for the visit</source>
        <translation>Цель визита</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="175"/>
        <source>What did the shopper ask for, like or need?</source>
        <translation>Что покупатель просил, что понравилось, что нужно?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="178"/>
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="201"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="208"/>
        <source>Follow-ups</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="217"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="206"/>
        <source>Wishlist</source>
        <translation>Список желаний</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="221"/>
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
        <location filename="../../clienteling/ui/profile.py" line="239"/>
        <source>Pick-up</source>
        <translation>Самовывоз</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="239"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="252"/>
        <source>Open orders</source>
        <translation>Открытые заказы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="309"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="346"/>
        <source>bought {item}</source>
        <translation>купил(а) {item}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="348"/>
        <source>{why}; size {size} in stock here</source>
        <translation>{why}; размер {size} есть в этом магазине</translation>
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
        <translation>Профилирование</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="390"/>
        <source>Consent given</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="390"/>
        <source>No consent</source>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="397"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="411"/>
        <source>Suggestions</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="423"/>
        <source>This shopper is no longer on this terminal (erased, or moved out of this store&apos;s list at HQ). Go back to search to serve another shopper.</source>
        <translation>Этого покупателя больше нет на этом терминале (удалён или убран из списка магазина в центральном офисе). Вернитесь к поиску, чтобы обслужить другого покупателя.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="446"/>
        <source>Refused by HQ: {why}</source>
        <translation>Отклонено центральным офисом: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="448"/>
        <source>Waiting to send</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="449"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="458"/>
        <source>Write the note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="481"/>
        <source>Note saved.</source>
        <translation>Заметка сохранена.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="485"/>
        <source>Note saved on this terminal; it is sent to HQ when the connection is back.</source>
        <translation>Заметка сохранена на терминале; она уйдёт в центральный офис, когда вернётся связь.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="493"/>
        <source>The note was not saved: {why}</source>
        <translation>Заметка не сохранена: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="116"/>
        <source>Returned</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="219"/>
        <source>SKU {sku}</source>
        <translation>Артикул {sku}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/profile.py" line="477"/>
        <source>HQ refused the note: {why}</source>
        <translation>Центральный офис отклонил заметку: {why}</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="27"/>
        <source>Review the order</source>
        <translation>Проверьте заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="65"/>
        <source>SKU {sku}</source>
        <translation>Артикул {sku}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="71"/>
        <source>Total: {amount}</source>
        <translation>Итого: {amount}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="78"/>
        <source>Pick up at {store}</source>
        <translation>Самовывоз: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="82"/>
        <source>Delivered to {address}</source>
        <translation>Доставка по адресу: {address}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="84"/>
        <source>Delivered to the shopper&apos;s address</source>
        <translation>Доставка по адресу покупателя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="88"/>
        <source>Delivery estimates go by distance; HQ confirms the stock when it is placed.</source>
        <translation>Сроки доставки — оценка по расстоянию; центральный офис подтверждает наличие при оформлении заказа.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="99"/>
        <source>in stock in this store</source>
        <translation>есть в этом магазине</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="101"/>
        <source>nearest store with stock in the shopper&apos;s country, priced in {currency}</source>
        <translation>ближайший магазин с наличием в стране покупателя, цены в {currency}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="104"/>
        <source>no store in the shopper&apos;s country has it; nearest with stock priced in {currency}</source>
        <translation>в стране покупателя нет в наличии; ближайший магазин с наличием и ценами в {currency}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="107"/>
        <source>no store in the shopper&apos;s country or money has it; nearest with stock</source>
        <translation>нет в наличии ни в стране, ни в валюте покупателя; ближайший магазин с наличием</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="109"/>
        <source>no store shows enough stock; HQ will say what it can offer</source>
        <translation>ни в одном магазине нет нужного количества; центральный офис предложит варианты</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="113"/>
        <source>From: any store (HQ picks the nearest with stock)</source>
        <translation>Откуда: любой магазин (центральный офис выберет ближайший с наличием)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="115"/>
        <source>likely {store}</source>
        <translation>вероятно, {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="118"/>
        <source>chosen by you</source>
        <translation>выбран вами</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="120"/>
        <source>suggested: {store}</source>
        <translation>предлагался: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="125"/>
        <source>From: {store} — {why}</source>
        <translation>Откуда: {store} — {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="131"/>
        <source>Estimate: HQ tells the days once it is placed.</source>
        <translation>Срок: центральный офис сообщит его после оформления.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="135"/>
        <source>Estimate: ready for pick-up today</source>
        <translation>Оценка: можно забрать сегодня</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="137"/>
        <source>Estimate: ships today</source>
        <translation>Оценка: отправка сегодня</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="141"/>
        <source>Estimate: ready for pick-up in {days} days</source>
        <translation>Оценка: можно забрать через {days} дн.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_review.py" line="142"/>
        <source>Estimate: delivered in {days} days</source>
        <translation>Оценка: доставка за {days} дн.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="53"/>
        <source>Only a manager can leave kiosk mode.</source>
        <translation>Только менеджер может выйти из режима киоска.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="30"/>
        <source>Trainees look and learn: this changes the store&apos;s real data, so it is for associates. Practise it in training mode, or ask an associate.</source>
        <translation>Стажёры смотрят и учатся: это меняет настоящие данные магазина, поэтому это делают консультанты. Потренируйтесь в учебном режиме или попросите консультанта.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="36"/>
        <source>Sign in first.</source>
        <translation>Сначала войдите.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="38"/>
        <source>Only a manager can change the scanner settings.</source>
        <translation>Только управляющий может менять настройки сканера.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="41"/>
        <source>Only a manager can open the manager&apos;s screen.</source>
        <translation>Только управляющий может открыть экран управляющего.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="44"/>
        <source>Only a manager can erase a shopper.</source>
        <translation>Только управляющий может удалить покупателя.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="47"/>
        <source>Only a manager can list or revoke the store&apos;s terminals.</source>
        <translation>Только управляющий может просматривать и отзывать терминалы магазина.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="50"/>
        <source>Only a manager can unlock an associate&apos;s offline sign-in.</source>
        <translation>Только управляющий может разблокировать вход консультанта без сети.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="58"/>
        <source>Only a manager can do this.</source>
        <translation>Это может сделать только управляющий.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="82"/>
        <source>TRAINEE</source>
        <translation>СТАЖЁР</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="83"/>
        <source>MANAGER ›</source>
        <translation>УПРАВЛЯЮЩИЙ ›</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="93"/>
        <source>Your screen: terminals, erasure, offline locks, refused writes, scanner settings (Ctrl+M)</source>
        <translation>Ваш экран: терминалы, удаление, блокировки без сети, отклонённые записи, настройки сканера (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="90"/>
        <source>Role: {role}</source>
        <translation>Роль: {role}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/roles.py" line="128"/>
        <source>Trainee: you can find shoppers and look at their profiles, stock and orders. Notes, edits and orders change the store&apos;s real data, so their buttons are off for trainees; practise them in training mode.</source>
        <translation>Стажёр: вы можете искать покупателей и смотреть их профили, остатки и заказы. Заметки, изменения и заказы меняют настоящие данные магазина, поэтому эти кнопки для стажёров выключены; тренируйтесь в учебном режиме.</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="68"/>
        <location filename="../../clienteling/ui/scan_router.py" line="77"/>
        <source>Reading the picture…</source>
        <translation>Читаю изображение…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="89"/>
        <source>No barcode or QR code was found in the picture. Try a sharper one.</source>
        <translation>На изображении не найден штрихкод или QR-код. Попробуйте более чёткое.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="104"/>
        <source>The scan could not be used: {why}</source>
        <translation>Скан не удалось использовать: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="111"/>
        <source>The scan was empty. Scan the code again.</source>
        <translation>Скан пустой. Отсканируйте код ещё раз.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="112"/>
        <source>The code is far too long to be one this store uses.</source>
        <translation>Код слишком длинный для кодов, которые использует этот магазин.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="114"/>
        <source>The scanner sent something that is not text. Check the scanner&apos;s settings.</source>
        <translation>Сканер передал данные, которые не являются текстом. Проверьте настройки сканера.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="117"/>
        <source>The scanner sent a control character inside the code. Check the scanner&apos;s settings.</source>
        <translation>Сканер передал управляющий символ внутри кода. Проверьте настройки сканера.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="120"/>
        <location filename="../../clienteling/ui/scan_router.py" line="140"/>
        <source>This is not a code this store uses.</source>
        <translation>Этот код не используется в нашем магазине.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="122"/>
        <source>The check digit is wrong: scan it again, or type the number carefully.</source>
        <translation>Неверная контрольная цифра: отсканируйте ещё раз или внимательно введите номер.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="124"/>
        <source>The code has the wrong number of characters.</source>
        <translation>В коде неверное количество символов.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="125"/>
        <source>The code has characters that do not belong in it.</source>
        <translation>В коде есть недопустимые символы.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="126"/>
        <source>The label holds a date that does not exist.</source>
        <translation>На этикетке указана несуществующая дата.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="127"/>
        <source>The label holds GS1 data this app does not read.</source>
        <translation>На этикетке есть данные GS1, которые приложение не читает.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="128"/>
        <source>The label holds the same GS1 field twice.</source>
        <translation>На этикетке одно и то же поле GS1 указано дважды.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="129"/>
        <source>The code is incomplete or damaged.</source>
        <translation>Код неполный или повреждён.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="131"/>
        <source>This shopper code was altered or does not come from our app.</source>
        <translation>Этот код покупателя изменён или создан не нашим приложением.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="134"/>
        <source>This shopper code has expired: ask the shopper to open it again in the app.</source>
        <translation>Срок действия кода покупателя истёк: попросите покупателя заново открыть его в приложении.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="137"/>
        <source>This terminal is not set up to check this kind of shopper code.</source>
        <translation>Этот терминал не настроен для проверки кодов покупателей такого типа.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="146"/>
        <source>Product barcode</source>
        <translation>Штрихкод товара</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="147"/>
        <source>GS1 label</source>
        <translation>Этикетка GS1</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="148"/>
        <source>GS1 Digital Link</source>
        <translation>GS1 Digital Link</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="149"/>
        <source>Our product page</source>
        <translation>Страница товара нашего магазина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="150"/>
        <source>Loyalty card</source>
        <translation>Карта лояльности</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="151"/>
        <source>Shopper code from our app</source>
        <translation>Код покупателя из нашего приложения</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="152"/>
        <source>Order tracking code</source>
        <translation>Код отслеживания заказа</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="153"/>
        <source>Terminal enrollment code</source>
        <translation>Код регистрации терминала</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="154"/>
        <source>Shopper sign-up code</source>
        <translation>Код регистрации покупателя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="155"/>
        <source>Not accepted</source>
        <translation>Не принят</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="177"/>
        <source>Loyalty card {card}: this shopper is not in this store&apos;s list; connect to HQ to look them up.</source>
        <translation>Карта лояльности {card}: этого покупателя нет в списке магазина; подключитесь к офису, чтобы найти его.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="183"/>
        <source>No shopper has the loyalty card {card}.</source>
        <translation>Ни у одного покупателя нет карты лояльности {card}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="188"/>
        <source>This GS1 label has no product number (GTIN) to look up.</source>
        <translation>На этой этикетке GS1 нет номера товара (GTIN) для поиска.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="191"/>
        <source>No product with the code {code} is in the catalog on this terminal.</source>
        <translation>Товара с кодом {code} нет в каталоге этого терминала.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="200"/>
        <source>Order {order} is not on this terminal; connect to HQ to look it up.</source>
        <translation>Заказа {order} нет на этом терминале; подключитесь к офису, чтобы найти его.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="204"/>
        <source>HQ knows no order {order}.</source>
        <translation>В офисе нет заказа {order}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="208"/>
        <source>This is a terminal enrollment code. This terminal is already enrolled with {store}: scan the code on the new terminal instead.</source>
        <translation>Это код регистрации терминала. Этот терминал уже зарегистрирован в магазине {store}: отсканируйте код на новом терминале.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="216"/>
        <source>This is a shopper sign-up code: the shopper scans it with their phone to join the loyalty programme.</source>
        <translation>Это код регистрации покупателя: покупатель сканирует его телефоном, чтобы вступить в программу лояльности.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="229"/>
        <source>Lot {lot}</source>
        <translation>Партия {lot}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="231"/>
        <source>Serial {serial}</source>
        <translation>Серийный номер {serial}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_router.py" line="233"/>
        <source>Expires {date}</source>
        <translation>Годен до {date}</translation>
    </message>
</context>
<context>
    <name>ScannerSettingsDialog</name>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="125"/>
        <source>This terminal uses its own scanner settings, not the store&apos;s from HQ.</source>
        <translation>Этот терминал использует собственные настройки сканера, а не настройки магазина из головного офиса.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="128"/>
        <source>These are the store&apos;s scanner settings from HQ. Saving makes them this terminal&apos;s own.</source>
        <translation>Это настройки сканера магазина из головного офиса. После сохранения они станут собственными настройками этого терминала.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="135"/>
        <source>Use the store&apos;s settings</source>
        <translation>Использовать настройки магазина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="82"/>
        <source>Scanner settings</source>
        <translation>Настройки сканера</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="88"/>
        <source>Prefix</source>
        <translation>Префикс</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="89"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="91"/>
        <source>Suffix</source>
        <translation>Суффикс</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="93"/>
        <source>Enter or Tab</source>
        <translation>Enter или Tab</translation>
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
        <translation>Ничего</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="102"/>
        <source>Longest gap between a scanner&apos;s keys</source>
        <translation>Наибольший интервал между нажатиями сканера</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="104"/>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="110"/>
        <source>Prefix the scanner sends first</source>
        <translation>Префикс, который сканер передаёт первым</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="111"/>
        <source>Suffix after each code</source>
        <translation>Суффикс после каждого кода</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="112"/>
        <source>Longest gap between its keys</source>
        <translation>Наибольший интервал между нажатиями</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="116"/>
        <source>Scanners type much faster than people. Raise the gap for a slow Bluetooth scanner; set a prefix if the scanner sends one.</source>
        <translation>Сканеры печатают гораздо быстрее людей. Увеличьте интервал для медленного Bluetooth-сканера; задайте префикс, если сканер его передаёт.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="141"/>
        <source>Test field</source>
        <translation>Поле для проверки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="143"/>
        <source>Scan a code here to test, or type one and press Enter</source>
        <translation>Отсканируйте сюда код для проверки или введите его и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="146"/>
        <source>No scan yet.</source>
        <translation>Сканов пока нет.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="153"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="156"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="169"/>
        <source>Test</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="193"/>
        <source>The prefix cannot be the same as the suffix.</source>
        <translation>Префикс не может совпадать с суффиксом.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/scan_dialogs.py" line="211"/>
        <source>Last scan: {words}</source>
        <translation>Последний скан: {words}</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="82"/>
        <source>Start this scenario</source>
        <translation>Начать этот сценарий</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clienteling/ui/coach_pages.py" line="105"/>
        <source>%n scenario(s) for managers are not listed: they practise what only a manager may do (such as erasing a shopper). Sign in as a manager to see them.</source>
        <translation>
            <numerusform>%n сценарий для управляющих не показан: в нём тренируют то, что может только управляющий (например, удалить покупателя). Войдите как управляющий, чтобы его увидеть.</numerusform>
            <numerusform>%n сценария для управляющих не показаны: в них тренируют то, что может только управляющий (например, удалить покупателя). Войдите как управляющий, чтобы их увидеть.</numerusform>
            <numerusform>%n сценариев для управляющих не показаны: в них тренируют то, что может только управляющий (например, удалить покупателя). Войдите как управляющий, чтобы их увидеть.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clienteling/ui/coach_pages.py" line="1"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n шаг</numerusform>
            <numerusform>%n шага</numerusform>
            <numerusform>%n шагов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioRun</name>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="205"/>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="221"/>
        <source>Stop this scenario</source>
        <translation>Остановить сценарий</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="236"/>
        <source>Goal: {goal}</source>
        <translation>Цель: {goal}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="250"/>
        <source>Hint: {hint}</source>
        <translation>Подсказка: {hint}</translation>
    </message>
</context>
<context>
    <name>ScenarioSummary</name>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="303"/>
        <source>Your employee ID</source>
        <translation>Ваш табельный номер</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="309"/>
        <source>Keep for my manager</source>
        <translation>Сохранить для менеджера</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="355"/>
        <source>Your result reaches your manager when you next sign in at a store terminal of this machine.</source>
        <translation>Результат попадёт к вашему менеджеру, когда вы в следующий раз войдёте в терминал магазина на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="363"/>
        <source>Type your own employee ID first.</source>
        <translation>Сначала введите свой табельный номер.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="372"/>
        <source>Kept for {employee}: it reaches your manager when {employee} next signs in at a store terminal of this machine.</source>
        <translation>Сохранено для {employee}: результат попадёт к менеджеру, когда {employee} в следующий раз войдёт в терминал магазина на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="379"/>
        <source>The result was not kept: {why}</source>
        <translation>Результат не сохранён: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="316"/>
        <source>Try again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="317"/>
        <source>Next scenario</source>
        <translation>Следующий сценарий</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="319"/>
        <source>All scenarios</source>
        <translation>Все сценарии</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="339"/>
        <source>Done: {title}</source>
        <translation>Пройдено: {title}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="342"/>
        <source>Time: {time} · Hints used: {hints} · Mistakes: {mistakes}</source>
        <translation>Время: {time} · Подсказок: {hints} · Ошибок: {mistakes}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/coach_pages.py" line="349"/>
        <source>No mistakes: well done.</source>
        <translation>Без ошибок: отлично.</translation>
    </message>
</context>
<context>
    <name>ShopperModel</name>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="43"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="44"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="45"/>
        <source>Home store</source>
        <translation>Основной магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="46"/>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/lookup.py" line="47"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="76"/>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="80"/>
        <source>Tap your name</source>
        <translation>Нажмите на своё имя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="93"/>
        <source>No associates of this store on this terminal yet; type your id.</source>
        <translation>На терминале пока нет сотрудников этого магазина; введите свой табельный номер.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="105"/>
        <location filename="../../clienteling/ui/signin.py" line="106"/>
        <source>Employee id</source>
        <translation>Табельный номер</translation>
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
        <translation>Табельный номер и PIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="151"/>
        <source>Store: {name}</source>
        <translation>Магазин: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="164"/>
        <source>{name}   ·   {role}</source>
        <translation>{name}   ·   {role}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="190"/>
        <source>Training PIN: {pin}</source>
        <translation>Учебный PIN: {pin}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="229"/>
        <source>Tap your name or type your employee id.</source>
        <translation>Нажмите на своё имя или введите табельный номер.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="233"/>
        <source>Type your PIN.</source>
        <translation>Введите PIN.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signin.py" line="257"/>
        <source>Not signed in: {why}</source>
        <translation>Вход не выполнен: {why}</translation>
    </message>
</context>
<context>
    <name>SignUpDialog</name>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="131"/>
        <source>TRAINING · not a real sign-up</source>
        <translation>ОБУЧЕНИЕ · не настоящая регистрация</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="132"/>
        <location filename="../../clienteling/ui/signup.py" line="133"/>
        <source>Sign-up QR for the shopper&apos;s phone</source>
        <translation>QR для регистрации с телефона покупателя</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="140"/>
        <source>Sign-up QR code</source>
        <translation>QR-код регистрации</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="141"/>
        <source>Store: {store}</source>
        <translation>Магазин: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="143"/>
        <source>Credited to: {associate}</source>
        <translation>Засчитывается: {associate}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="148"/>
        <source>Ask the shopper to point their phone&apos;s camera at the code and open the link: they join on our sign-up page, credited to this store and to you.</source>
        <translation>Попросите покупателя навести камеру телефона на код и открыть ссылку: он зарегистрируется на нашей странице, а регистрация будет засчитана этому магазину и вам.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="163"/>
        <source>HQ has not set the chain&apos;s sign-up page yet, so a phone cannot open this code. Ask HQ support to set it.</source>
        <translation>Центральный офис ещё не указал страницу регистрации сети, поэтому телефон не сможет открыть этот код. Попросите поддержку центрального офиса её указать.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="175"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="177"/>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="179"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="260"/>
        <source>Save sign-up QR</source>
        <translation>Сохранить QR для регистрации</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="260"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="276"/>
        <source>Saved: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="278"/>
        <source>The QR code was not saved: {why}</source>
        <translation>QR-код не сохранён: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="291"/>
        <source>The printer could not be opened.</source>
        <translation>Не удалось открыть принтер.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/signup.py" line="330"/>
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
</context>
<context>
    <name>SlipActions</name>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="94"/>
        <source>Save slip as PDF…</source>
        <translation>Сохранить квитанцию в PDF…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="96"/>
        <source>Print slip…</source>
        <translation>Печать квитанции…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="116"/>
        <source>Save slip</source>
        <translation>Сохранить квитанцию</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="118"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="132"/>
        <source>Slip saved: {path}</source>
        <translation>Квитанция сохранена: {path}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="135"/>
        <source>The slip was not saved: {why}</source>
        <translation>Квитанция не сохранена: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="155"/>
        <source>The printer could not be opened.</source>
        <translation>Не удалось открыть принтер.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/order_answer.py" line="165"/>
        <source>Slip sent to the printer.</source>
        <translation>Квитанция отправлена на принтер.</translation>
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
        <location filename="../../clienteling/ui/status.py" line="50"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="57"/>
        <source>Sign-up QR</source>
        <translation>QR для регистрации</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="58"/>
        <source>Sign-up QR for the shopper&apos;s phone (Ctrl+J)</source>
        <translation>QR для регистрации с телефона покупателя (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="82"/>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="83"/>
        <source>● Offline</source>
        <translation>● Нет связи</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="85"/>
        <source>● Syncing…</source>
        <translation>● Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="91"/>
        <source>Last sync: {age}</source>
        <translation>Синхронизация: {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="92"/>
        <source>Queued: {n}</source>
        <translation>В очереди: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="94"/>
        <source>Refused: {n}</source>
        <translation>Отклонено: {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="118"/>
        <source>{name} (signed in offline)</source>
        <translation>{name} (вход без связи)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="81"/>
        <source>● Connecting…</source>
        <translation>● Подключение…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/status.py" line="84"/>
        <source>● HQ having trouble</source>
        <translation>● Сбои в офисе</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="139"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="141"/>
        <source>Products and stock</source>
        <translation>Товары и остатки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="143"/>
        <source>Scan with camera</source>
        <translation>Сканировать камерой</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="151"/>
        <source>Product name, SKU or GTIN</source>
        <translation>Название товара, артикул или GTIN</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="152"/>
        <location filename="../../clienteling/ui/stock.py" line="156"/>
        <source>Search products</source>
        <translation>Поиск товаров</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="167"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="168"/>
        <source>Style</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="169"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="179"/>
        <source>Find a product to see its stock.</source>
        <translation>Найдите товар, чтобы увидеть остатки.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="191"/>
        <source>Stock here by size and colour</source>
        <translation>Остатки здесь по размеру и цвету</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="209"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="210"/>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="211"/>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="212"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="217"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="219"/>
        <source>Order for delivery or pick-up…</source>
        <translation>Заказ с доставкой или самовывозом…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="268"/>
        <source>For {name}</source>
        <translation>Для: {name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="302"/>
        <location filename="../../clienteling/ui/stock.py" line="367"/>
        <source>Type a product name, or scan or type a SKU or GTIN.</source>
        <translation>Введите название товара или отсканируйте либо введите артикул или GTIN.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="307"/>
        <source>Enter shows the first product.</source>
        <translation>Enter показывает первый товар.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="310"/>
        <source>No product in the catalog matches “{query}”.</source>
        <translation>В каталоге нет товаров по запросу «{query}».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="317"/>
        <source>The search did not work: {why}</source>
        <translation>Поиск не сработал: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="335"/>
        <source>Asking HQ for the latest figures…</source>
        <translation>Запрашиваем у офиса свежие данные…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="342"/>
        <source>The stock could not be read: {why}</source>
        <translation>Не удалось прочитать остатки: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="373"/>
        <source>This item is not in the catalog on this terminal.</source>
        <translation>Этого товара нет в каталоге на этом терминале.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="380"/>
        <source>From the scanned label: {facts}</source>
        <translation>С отсканированной этикетки: {facts}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="388"/>
        <source>Style {style}</source>
        <translation>Модель {style}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="396"/>
        <source>Available here ({store}) by colour and size</source>
        <translation>Доступно здесь ({store}) по цвету и размеру</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="405"/>
        <source>{colour}, size {size}: {n} here</source>
        <translation>{colour}, размер {size}: здесь {n}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="454"/>
        <source>Open a shopper&apos;s profile first to order for them.</source>
        <translation>Сначала откройте профиль покупателя, чтобы оформить для него заказ.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="428"/>
        <source>Other stores, nearest first — {fresh}.</source>
        <translation>Другие магазины, сначала ближайшие — {fresh}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/stock.py" line="430"/>
        <source>Other stores, nearest first — {fresh}; HQ did not answer.</source>
        <translation>Другие магазины, сначала ближайшие — {fresh}; офис не ответил.</translation>
    </message>
</context>
<context>
    <name>StoreActivity</name>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="88"/>
        <source>Daily chart. Left and Right choose a day, Home and End the first and the last, Up and Down the figure; Enter or Space opens that day&apos;s records.</source>
        <translation>Дневной график. Влево и Вправо выбирают день, Home и End — первый и последний, Вверх и Вниз — показатель; Enter или Пробел открывает записи за этот день.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="114"/>
        <source>{weekday} {date}</source>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="118"/>
        <source>{day} · {figure}: nothing to compute it from that day.</source>
        <translation>{day} · {figure}: в этот день не из чего считать.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="122"/>
        <source>{day} · {figure}: {value}. Enter or Space opens its records.</source>
        <translation>{day} · {figure}: {value}. Enter или Пробел открывает записи.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="113"/>
        <source>No scenario finished.</source>
        <translation>Нет завершённых сценариев.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="169"/>
        <source>Training never counts in these figures. Trainees&apos; scenario results come from HQ: they show here when HQ answers.</source>
        <translation>Обучение никогда не входит в эти цифры. Результаты сценариев стажёров приходят из офиса: они появятся здесь, когда офис ответит.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="175"/>
        <source>Trainees&apos; scenarios finished in this period, from training mode. Training never counts in these figures.</source>
        <translation>Сценарии, завершённые стажёрами за этот период в режиме обучения. Обучение никогда не входит в эти цифры.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="512"/>
        <source>TRAINING · practice figures, not a real store</source>
        <translation>ОБУЧЕНИЕ · учебные цифры, не настоящий магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_charts.py" line="322"/>
        <source>Orders and their value</source>
        <translation>Заказы и их сумма</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="51"/>
        <source>Engagement</source>
        <translation>Работа с покупателями</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="52"/>
        <source>Orders from the store</source>
        <translation>Заказы магазина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="53"/>
        <source>Outcomes</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="67"/>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="71"/>
        <source>{n} h</source>
        <translation>{n} ч</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="75"/>
        <source>{n} of 5</source>
        <translation>{n} из 5</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="87"/>
        <source>Previous period: {value}</source>
        <translation>Прошлый период: {value}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="92"/>
        <source>Previous period: {value} ({change} %)</source>
        <translation>Прошлый период: {value} ({change} %)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="99"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="100"/>
        <source>Order HQ refused</source>
        <translation>Заказ, отклонённый офисом</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="101"/>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="102"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="103"/>
        <source>Profile opened</source>
        <translation>Открыт профиль</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="104"/>
        <source>Preference edit</source>
        <translation>Изменение предпочтений</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="105"/>
        <source>Follow-up</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="106"/>
        <source>Follow-up done</source>
        <translation>Напоминание выполнено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="107"/>
        <source>Visit rating</source>
        <translation>Оценка визита</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="121"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="122"/>
        <source>Web</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="123"/>
        <source>App</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="124"/>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="125"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="126"/>
        <source>SMS</source>
        <translation>СМС</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="112"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="113"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="114"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="115"/>
        <source>Custom days</source>
        <translation>Свои даты</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="125"/>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="125"/>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="130"/>
        <source>Show these days</source>
        <translation>Показать эти дни</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="132"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="133"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="138"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="140"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="153"/>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="154"/>
        <source>Day by day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="155"/>
        <source>Associates</source>
        <translation>Консультанты</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="156"/>
        <source>Not seen for a while</source>
        <translation>Давно не заходили</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="60"/>
        <location filename="../../clienteling/ui/store_activity.py" line="197"/>
        <location filename="../../clienteling/ui/store_activity.py" line="433"/>
        <source>Counted on this terminal</source>
        <translation>Посчитано на этом терминале</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="47"/>
        <source>Everyone who worked in the store in the period, by name. Tap a heading to sort by it, tap a figure to see its records. A sale goes to one associate only.</source>
        <translation>Все, кто работал в магазине за период, по имени. Нажмите на заголовок, чтобы сортировать по нему, на число — чтобы увидеть его записи. Продажа засчитывается только одному консультанту.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="99"/>
        <source>Nobody&apos;s activity yet.</source>
        <translation>Пока ничьей работы нет.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="252"/>
        <source>No regular is missing.</source>
        <translation>Все постоянные покупатели на месте.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="290"/>
        <source>Asking HQ for the store&apos;s figures…</source>
        <translation>Запрашиваем у центрального офиса показатели магазина…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="298"/>
        <source>HQ did not answer: reading what this terminal keeps…</source>
        <translation>Центральный офис не ответил: читаем то, что хранит этот терминал…</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="306"/>
        <source>The store&apos;s figures could not be shown: {why}</source>
        <translation>Не удалось показать показатели магазина: {why}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="317"/>
        <source>HQ&apos;s figures for {first} to {last}, as of {when}.</source>
        <translation>Показатели центрального офиса с {first} по {last}, на {when}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="324"/>
        <source>HQ could not be reached. Shown: the report kept on this terminal for {first} to {last}, as of {when}.</source>
        <translation>Центральный офис недоступен. Показан отчёт, сохранённый на этом терминале, с {first} по {last}, на {when}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="332"/>
        <source>HQ could not be reached and no report of this period is kept on this terminal. Below: what this terminal can count by itself.</source>
        <translation>Центральный офис недоступен, а отчёта за этот период на терминале нет. Ниже — то, что терминал может посчитать сам.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="351"/>
        <source>No daily figures without HQ&apos;s report.</source>
        <translation>Без отчёта центрального офиса показателей по дням нет.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="362"/>
        <source>Conversion window: {n} days. {rule}</source>
        <translation>Окно конверсии: {n} дн. {rule}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="371"/>
        <source>One point per day of the period; a day without ratings has no CSAT point. Tap a day to see the records behind it, or Tab to a chart, choose a day with the arrow keys and press Enter.</source>
        <translation>Одна точка на день периода; у дня без оценок нет точки CSAT. Нажмите на день, чтобы увидеть его записи, или перейдите клавишей Tab на график, выберите день стрелками и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="379"/>
        <source>Regulars of the store nobody served and who bought nothing for a while, who agreed to be contacted (only their consented channels are shown). Tap one to open them.</source>
        <translation>Постоянные покупатели магазина, которых давно никто не обслуживал и которые давно ничего не покупали, согласные на связь (показаны только разрешённые ими каналы). Нажмите, чтобы открыть.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="152"/>
        <location filename="../../clienteling/ui/store_activity.py" line="390"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="393"/>
        <source>Not HQ&apos;s figures: counted on this terminal from its cache, for {first} to {last}. Notes and follow-ups as of the last sync ({when}) and the writes made on this terminal; visit ratings made on this terminal only.</source>
        <translation>Это не показатели центрального офиса: посчитано на этом терминале по его кэшу, с {first} по {last}. Заметки и напоминания — на момент последней синхронизации ({when}) плюс записи, сделанные на этом терминале; оценки визитов — только этого терминала.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="414"/>
        <source>The records need HQ: it could not be reached.</source>
        <translation>Записи хранятся в центральном офисе, а он недоступен.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="454"/>
        <source>{scope}, {first} to {last}</source>
        <translation>{scope}, с {first} по {last}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="481"/>
        <source>Export the store&apos;s activity</source>
        <translation>Экспорт работы магазина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="509"/>
        <source>Kept on this terminal: HQ could not be reached.</source>
        <translation>Сохранено на этом терминале: центральный офис недоступен.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="516"/>
        <source>Exported to {path}.</source>
        <translation>Сохранено в {path}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="452"/>
        <source>{scope}, {day}</source>
        <translation>{scope}, {day}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="155"/>
        <source>From this terminal&apos;s cache, as of {when}: not HQ&apos;s figures. Notes and follow-ups as of that sync and the writes made on this terminal; visit ratings made on this terminal only.</source>
        <translation>Из кэша этого терминала, на {when}: это не цифры центрального офиса. Заметки и напоминания — на момент этой синхронизации плюс записи, сделанные на этом терминале; оценки визитов — только этого терминала.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="136"/>
        <source>HQ&apos;s figures as kept on this terminal, as of {when}.</source>
        <translation>Цифры центрального офиса, сохранённые на этом терминале, на {when}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="71"/>
        <source>Nothing counted here.</source>
        <translation>Здесь ничего не посчитано.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="108"/>
        <source>Served shopper</source>
        <translation>Обслуженный покупатель</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="115"/>
        <source>Converted</source>
        <translation>С конверсией</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_words.py" line="116"/>
        <source>Not converted</source>
        <translation>Без конверсии</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_people.py" line="181"/>
        <source>Trainees&apos; scenarios finished in this period, as HQ gave them with the kept report ({when}). Training never counts in these figures.</source>
        <translation>Сценарии, завершённые стажёрами за этот период, как их дал центральный офис вместе с сохранённым отчётом ({when}). Обучение никогда не входит в эти цифры.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/store_activity.py" line="436"/>
        <source>{name}, counted on this terminal</source>
        <translation>{name}, посчитано на этом терминале</translation>
    </message>
    <message>
        <source>Shoppers served</source>
        <translation>Обслужено покупателей</translation>
    </message>
    <message>
        <source>Different shoppers served in the period (profile opened, note added or order placed); a shopper served by two associates counts once for the store.</source>
        <translation>Разные покупатели, обслуженные за период (открыт профиль, добавлена заметка или оформлен заказ); покупатель, которого обслужили два консультанта, считается для магазина один раз.</translation>
    </message>
    <message>
        <source>Profiles opened</source>
        <translation>Открыто профилей</translation>
    </message>
    <message>
        <source>Times an associate opened a shopper&apos;s profile at one of the store&apos;s terminals.</source>
        <translation>Сколько раз консультант открыл профиль покупателя на терминале магазина.</translation>
    </message>
    <message>
        <source>Notes added</source>
        <translation>Добавлено заметок</translation>
    </message>
    <message>
        <source>Notes about shoppers written at the store&apos;s terminals.</source>
        <translation>Заметки о покупателях, написанные на терминалах магазина.</translation>
    </message>
    <message>
        <source>Preference edits</source>
        <translation>Изменено предпочтений</translation>
    </message>
    <message>
        <source>Changes to shoppers&apos; sizes, fit, brands, colours or styles sent from the store&apos;s terminals (each changed field counts once).</source>
        <translation>Изменения размеров, посадки, брендов, цветов или стилей покупателей, отправленные с терминалов магазина (каждое изменённое поле считается один раз).</translation>
    </message>
    <message>
        <source>Follow-ups created</source>
        <translation>Создано напоминаний</translation>
    </message>
    <message>
        <source>Follow-up tasks with shoppers created at the store in the period.</source>
        <translation>Напоминания о покупателях, созданные в магазине за период.</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Выполнено напоминаний</translation>
    </message>
    <message>
        <source>Follow-up tasks of the store marked done in the period, counted for the associate who created them.</source>
        <translation>Напоминания магазина, отмеченные выполненными за период; засчитываются консультанту, который их создал.</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>Выполнено вовремя</translation>
    </message>
    <message>
        <source>Follow-ups done in the period no later than their due time (or with no due time).</source>
        <translation>Напоминания, выполненные за период не позже назначенного срока (или без срока).</translation>
    </message>
    <message>
        <source>Feedback captured</source>
        <translation>Собрано оценок</translation>
    </message>
    <message>
        <source>Shopper satisfaction ratings recorded at the store&apos;s terminals.</source>
        <translation>Оценки удовлетворённости покупателей, записанные на терминалах магазина.</translation>
    </message>
    <message>
        <source>CSAT average</source>
        <translation>Средняя оценка CSAT</translation>
    </message>
    <message>
        <source>Average of the satisfaction ratings (1 to 5) recorded in the period; empty when none was recorded.</source>
        <translation>Среднее оценок удовлетворённости (от 1 до 5), записанных за период; пусто, если оценок не было.</translation>
    </message>
    <message>
        <source>CSAT distribution</source>
        <translation>Распределение CSAT</translation>
    </message>
    <message>
        <source>How many ratings of each score, 1 to 5, were recorded in the period (the value is the number of ratings; the parts give each score&apos;s count).</source>
        <translation>Сколько оценок каждого балла, от 1 до 5, записано за период (значение — число оценок; части — число оценок каждого балла).</translation>
    </message>
    <message>
        <source>Orders placed</source>
        <translation>Оформлено заказов</translation>
    </message>
    <message>
        <source>Delivery and pick-up orders sent from the store&apos;s terminals in the period, accepted or refused by HQ.</source>
        <translation>Заказы с доставкой и самовывозом, отправленные с терминалов магазина за период, принятые или отклонённые центральным офисом.</translation>
    </message>
    <message>
        <source>Orders confirmed</source>
        <translation>Подтверждено заказов</translation>
    </message>
    <message>
        <source>Orders from the store that HQ accepted and reserved stock for.</source>
        <translation>Заказы магазина, которые центральный офис принял и под которые зарезервировал товар.</translation>
    </message>
    <message>
        <source>Orders refused</source>
        <translation>Отклонено заказов</translation>
    </message>
    <message>
        <source>Orders from the store that HQ refused because the items were not in stock anywhere it could take them from.</source>
        <translation>Заказы магазина, которые центральный офис отклонил, потому что товара не было в наличии нигде, откуда его можно взять.</translation>
    </message>
    <message>
        <source>Orders cancelled</source>
        <translation>Отменено заказов</translation>
    </message>
    <message>
        <source>Confirmed orders from the store in the period that are now cancelled.</source>
        <translation>Подтверждённые заказы магазина за период, которые сейчас отменены.</translation>
    </message>
    <message>
        <source>Orders value</source>
        <translation>Сумма заказов</translation>
    </message>
    <message>
        <source>Value of the confirmed orders from the store (units times price), cancelled ones included.</source>
        <translation>Сумма подтверждённых заказов магазина (количество на цену), включая отменённые.</translation>
    </message>
    <message>
        <source>Saved sales</source>
        <translation>Спасённые продажи</translation>
    </message>
    <message>
        <source>Confirmed orders with at least one item that the store did not have available when the order was placed: a sale the store would otherwise have lost.</source>
        <translation>Подтверждённые заказы, где хотя бы одного товара не было в магазине в момент заказа: продажа, которую магазин иначе потерял бы.</translation>
    </message>
    <message>
        <source>Saved sales value</source>
        <translation>Сумма спасённых продаж</translation>
    </message>
    <message>
        <source>Value of the saved sales (the whole order).</source>
        <translation>Сумма спасённых продаж (весь заказ).</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Доставка на дом</translation>
    </message>
    <message>
        <source>Confirmed orders shipped to the shopper&apos;s address.</source>
        <translation>Подтверждённые заказы с доставкой по адресу покупателя.</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>Самовывоз</translation>
    </message>
    <message>
        <source>Confirmed orders for collection in a store.</source>
        <translation>Подтверждённые заказы с получением в магазине.</translation>
    </message>
    <message>
        <source>Order to delivery</source>
        <translation>От заказа до получения</translation>
    </message>
    <message>
        <source>Average hours from placing a confirmed order of the period to its delivery or collection, over the orders delivered or collected so far; empty when none was.</source>
        <translation>Среднее число часов от оформления подтверждённого заказа периода до его доставки или получения, по заказам, уже доставленным или полученным; пусто, если таких не было.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Share of the shoppers served in the period who made a purchase in any channel within N days after being served (N: the chain&apos;s conversion window).</source>
        <translation>Доля покупателей, обслуженных за период, которые сделали покупку в любом канале в течение N дней после обслуживания (N — окно конверсии сети).</translation>
    </message>
    <message>
        <source>Influenced sales</source>
        <translation>Продажи под влиянием</translation>
    </message>
    <message>
        <source>Value of the purchases in the period (any channel) that go to the store&apos;s associates by the attribution rule: the last associate who served the shopper within N days before the purchase gets it whole, never split or doubled.</source>
        <translation>Сумма покупок периода (в любом канале), которые по правилу атрибуции достаются консультантам магазина: покупку целиком получает последний консультант, обслуживший покупателя за N дней до неё; она никогда не делится и не удваивается.</translation>
    </message>
    <message>
        <source>Influenced purchases</source>
        <translation>Покупки под влиянием</translation>
    </message>
    <message>
        <source>Number of purchases counted in influenced sales.</source>
        <translation>Число покупок, учтённых в продажах под влиянием.</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Influenced sales divided by influenced purchases; empty when there were none.</source>
        <translation>Продажи под влиянием, делённые на число покупок под влиянием; пусто, если их не было.</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Доля повторных покупок</translation>
    </message>
    <message>
        <source>Share of the shoppers with an influenced purchase in the period who made more than one purchase (any channel) in the period.</source>
        <translation>Доля покупателей с покупкой под влиянием за период, сделавших за период больше одной покупки (в любом канале).</translation>
    </message>
    <message>
        <source>Lifetime value of served shoppers</source>
        <translation>Ценность обслуженных покупателей</translation>
    </message>
    <message>
        <source>Average, over the shoppers served in the period, of everything each has bought (any channel, returns taken off) up to the end of the period.</source>
        <translation>Среднее по покупателям, обслуженным за период, всех покупок каждого (в любом канале, за вычетом возвратов) до конца периода.</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Каналы продаж</translation>
    </message>
    <message>
        <source>Influenced sales by channel (store, web, app, marketplace): the value is the total, the parts each channel&apos;s value.</source>
        <translation>Продажи под влиянием по каналам (магазин, сайт, приложение, маркетплейс): значение — итог, части — сумма каждого канала.</translation>
    </message>
    <message>
        <source>A purchase (in any channel: store, web, app, marketplace) is influenced when an associate served the shopper in the N days before it (N: the chain&apos;s conversion window, 14 days unless the chain sets another). It goes whole to the last associate who served the shopper before it, and to that associate&apos;s store; it is never split between associates and never counted twice.</source>
        <translation>Покупка (в любом канале: магазин, сайт, приложение, маркетплейс) считается сделанной под влиянием, если консультант обслуживал покупателя в течение N дней до неё (N — окно конверсии сети, 14 дней, если сеть не задала другое). Она целиком достаётся последнему консультанту, обслужившему покупателя до неё, и его магазину; она никогда не делится между консультантами и не учитывается дважды.</translation>
    </message>
    <message>
        <source>an associate served a shopper when they opened the shopper&apos;s profile, added a note about them or placed an order for them at one of the store&apos;s terminals</source>
        <translation>консультант обслужил покупателя, если открыл его профиль, добавил о нём заметку или оформил для него заказ на одном из терминалов магазина</translation>
    </message>
</context>
<context>
    <name>StoreActivityPdf</name>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="199"/>
        <source>Store activity: {store}</source>
        <translation>Работа магазина: {store}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="206"/>
        <source>{first} to {last}, as of {when}</source>
        <translation>С {first} по {last}, на {when}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="216"/>
        <source>Store activity</source>
        <translation>Работа магазина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="224"/>
        <source>Counted on this terminal from its cache (not HQ&apos;s figures)</source>
        <translation>Посчитано на этом терминале по его кэшу (не показатели центрального офиса)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="257"/>
        <source>Day by day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="265"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="278"/>
        <source>Associates (by name)</source>
        <translation>Консультанты (по имени)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="283"/>
        <source>Associate</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/activity_export.py" line="183"/>
        <source>Figures of {name} ({id}) only; the previous period is the store&apos;s.</source>
        <translation>Только показатели {name} ({id}); прошлый период — по всему магазину.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="214"/>
        <source>{m} min {s} s</source>
        <translation>{m} мин {s} с</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="215"/>
        <source>{s} s</source>
        <translation>{s} с</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="17"/>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="18"/>
        <source>Silver</source>
        <translation>Серебро</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="19"/>
        <source>Gold</source>
        <translation>Золото</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="20"/>
        <source>Platinum</source>
        <translation>Платина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="27"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="28"/>
        <source>Web</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="29"/>
        <source>App</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="30"/>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="37"/>
        <source>Associate</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="38"/>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="39"/>
        <source>Manager</source>
        <translation>Управляющий</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="46"/>
        <source>Browsing</source>
        <translation>Просто смотрит</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="47"/>
        <source>Gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="48"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="49"/>
        <source>Alteration</source>
        <translation>Подгонка</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="50"/>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="51"/>
        <source>Pick-up</source>
        <translation>Самовывоз</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="52"/>
        <source>Appointment</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="53"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="60"/>
        <source>Portuguese</source>
        <translation>Португальский</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="61"/>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="62"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="63"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="70"/>
        <source>Placed</source>
        <translation>Оформлен</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="71"/>
        <source>Reserved</source>
        <translation>Зарезервирован</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="72"/>
        <source>Picked</source>
        <translation>Собран</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="73"/>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="74"/>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="75"/>
        <source>Ready for pick-up</source>
        <translation>Готов к выдаче</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="76"/>
        <source>Collected</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="77"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="85"/>
        <source>the stores</source>
        <translation>магазины</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="86"/>
        <source>the products</source>
        <translation>товары</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="87"/>
        <source>the associates</source>
        <translation>продавцы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="88"/>
        <source>the shoppers</source>
        <translation>покупатели</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="89"/>
        <source>the purchases</source>
        <translation>покупки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="90"/>
        <source>the notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="91"/>
        <source>the wishlists</source>
        <translation>списки желаний</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="92"/>
        <source>the tasks</source>
        <translation>задачи</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="93"/>
        <source>the stock</source>
        <translation>остатки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="94"/>
        <source>the orders</source>
        <translation>заказы</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="156"/>
        <source>Apartment, floor (optional)</source>
        <translation>Квартира, этаж (необязательно)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="159"/>
        <source>Region (optional)</source>
        <translation>Регион (необязательно)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="160"/>
        <source>Country (two letters)</source>
        <translation>Страна (две буквы)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="171"/>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="155"/>
        <source>Street and number</source>
        <translation>Улица и дом</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="157"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="158"/>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="172"/>
        <source>Pick-up store</source>
        <translation>Магазин выдачи</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="173"/>
        <location filename="../../clienteling/ui/texts.py" line="174"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="175"/>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="195"/>
        <source>this shopper is no longer on this terminal (erased, or moved out of this store&apos;s list at HQ); find them again</source>
        <translation>этого покупателя больше нет на этом терминале (удалён или убран из списка магазина в центральном офисе); найдите его снова</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="201"/>
        <source>item {sku} is no longer in the catalog on this terminal; choose another</source>
        <translation>товара {sku} больше нет в каталоге этого терминала; выберите другой</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="205"/>
        <source>this store no longer ships to the shopper&apos;s home (switched off at HQ); choose pick-up in a store</source>
        <translation>этот магазин больше не доставляет на дом покупателю (отключено в центральном офисе); выберите самовывоз из магазина</translation>
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
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="201"/>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="220"/>
        <source>as of {age}</source>
        <translation>данные {age}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/formats.py" line="131"/>
        <source>{km} km</source>
        <translation>{km} км</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="146"/>
        <source>Queued — will be sent when HQ is back</source>
        <translation>В очереди — будет отправлен, когда офис станет доступен</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="148"/>
        <source>Refused by HQ</source>
        <translation>Отклонён офисом</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="131"/>
        <source>Beige</source>
        <translation>Бежевый</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="127"/>
        <source>Black</source>
        <translation>Чёрный</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="134"/>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="135"/>
        <source>Brown</source>
        <translation>Коричневый</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="112"/>
        <source>Event-goer</source>
        <translation>Ходит на мероприятия</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="110"/>
        <source>Gift buyer</source>
        <translation>Покупает подарки</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="136"/>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="130"/>
        <source>Grey</source>
        <translation>Серый</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="108"/>
        <source>Lapsed</source>
        <translation>Давно без покупок</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="129"/>
        <source>Navy</source>
        <translation>Тёмно-синий</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="107"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="132"/>
        <source>Olive</source>
        <translation>Оливковый</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="111"/>
        <source>Online first</source>
        <translation>Предпочитает онлайн</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="133"/>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="109"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/texts.py" line="128"/>
        <source>White</source>
        <translation>Белый</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="48"/>
        <source>Something went wrong ({kind}); try again</source>
        <translation>Что-то пошло не так ({kind}); попробуйте ещё раз</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="75"/>
        <source>HQ does not recognise this sign-in; sign in again</source>
        <translation>центральный офис не узнаёт этот вход; войдите снова</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="78"/>
        <source>your session expired; sign in again (your work is kept)</source>
        <translation>сеанс истёк; войдите снова (ваша работа сохранена)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="81"/>
        <source>your session was ended at HQ (PIN changed, employee id disabled or terminal revoked); sign in again, or ask the store manager</source>
        <translation>центральный офис завершил ваш сеанс (сменён PIN-код, отключён табельный номер или отозван терминал); войдите снова или обратитесь к менеджеру магазина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="86"/>
        <source>this terminal was revoked at HQ; it must be enrolled again with a new code</source>
        <translation>центральный офис отозвал этот терминал; его нужно заново зарегистрировать с новым кодом</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="89"/>
        <source>the authority to send these offline writes ended at HQ, so they were set aside; sign in on this terminal while HQ answers</source>
        <translation>право отправить записи, сделанные без связи, в центральном офисе закончилось, поэтому они отложены; войдите на этом терминале, пока офис на связи</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="94"/>
        <source>the employee id or PIN is wrong (associates sign in at the terminals of their own store)</source>
        <translation>неверный табельный номер или PIN-код (консультанты входят только на терминалах своего магазина)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="98"/>
        <source>this enrollment code is not known; check it or ask for a new one</source>
        <translation>такой код регистрации неизвестен; проверьте его или попросите новый</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="101"/>
        <source>this enrollment code has expired; ask for a new one</source>
        <translation>срок действия кода регистрации истёк; попросите новый</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="104"/>
        <source>this enrollment code was already used; ask for a new one</source>
        <translation>этот код регистрации уже использован; попросите новый</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="107"/>
        <source>HQ does not allow this for your role or for this store</source>
        <translation>центральный офис не разрешает это для вашей роли или этого магазина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="110"/>
        <source>HQ did not find this (it may have been removed); refresh and try again</source>
        <translation>центральный офис этого не нашёл (возможно, это удалено); обновите и попробуйте ещё раз</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="72"/>
        <source>HQ does not know this shopper; search for the shopper again</source>
        <translation>центральный офис не знает этого покупателя; найдите покупателя снова</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="113"/>
        <source>HQ does not take this request (this terminal and HQ may run different versions); tell IT support</source>
        <translation>центральный офис не принимает этот запрос (возможно, у терминала и офиса разные версии); сообщите в ИТ-поддержку</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="118"/>
        <source>HQ already holds a different request under this one&apos;s number, so it was set aside; tell IT support</source>
        <translation>в центральном офисе уже есть другой запрос с этим номером, поэтому этот отложен; сообщите в ИТ-поддержку</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="123"/>
        <source>the order cannot move to that status from where it stands now; open the orders again</source>
        <translation>заказ нельзя перевести в этот статус из текущего; откройте заказы снова</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="127"/>
        <source>this is too large for HQ to take; make it shorter</source>
        <translation>это слишком большой объём для центрального офиса; сократите</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="130"/>
        <source>this shopper&apos;s data was erased at HQ; nothing about them is kept or sent, so this was not carried out</source>
        <translation>данные этого покупателя удалены в центральном офисе; о нём ничего не хранится и не отправляется, поэтому это не выполнено</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="135"/>
        <source>HQ failed on this request; try again later</source>
        <translation>центральный офис не смог выполнить запрос; попробуйте позже</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="136"/>
        <source>HQ cannot answer right now; try again in a few minutes</source>
        <translation>центральный офис сейчас не может ответить; попробуйте через несколько минут</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="164"/>
        <source>HQ did not accept the request as it was sent; check what you typed and try again</source>
        <translation>центральный офис не принял запрос в таком виде; проверьте введённое и попробуйте ещё раз</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="160"/>
        <location filename="../../clienteling/ui/error_words.py" line="168"/>
        <source>HQ did not accept what was typed ({fields}); correct it and try again</source>
        <translation>центральный офис не принял введённое ({fields}); исправьте и попробуйте ещё раз</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="176"/>
        <source>too many wrong PINs: try again later or ask a manager to reset the PIN</source>
        <translation>слишком много неверных PIN-кодов: попробуйте позже или попросите менеджера сбросить PIN-код</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="179"/>
        <source>too many wrong PINs: try again after {time} or ask a manager to reset the PIN</source>
        <translation>слишком много неверных PIN-кодов: попробуйте снова после {time} или попросите менеджера сбросить PIN-код</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="69"/>
        <source>not enough stock for this order; pick an alternative</source>
        <translation>для этого заказа не хватает товара; выберите замену</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="187"/>
        <source>HQ no longer accepts this version of Clienteling: install the chain&apos;s current version and start it again (queued orders and notes are kept and sent then)</source>
        <translation>центральный офис больше не принимает эту версию Clienteling: установите текущую версию сети и запустите снова (заказы и заметки из очереди сохранятся и будут отправлены)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="192"/>
        <source>HQ no longer accepts this version of Clienteling: install Clienteling {version} or newer and start it again (queued orders and notes are kept and sent then)</source>
        <translation>центральный офис больше не принимает эту версию Clienteling: установите Clienteling {version} или новее и запустите снова (заказы и заметки из очереди сохранятся и будут отправлены)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="205"/>
        <source>the chain switched this off for this store at HQ</source>
        <translation>сеть отключила это для данного магазина в центральном офисе</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="212"/>
        <source>your PIN was changed at HQ; sign in again with the new PIN</source>
        <translation>центральный офис сменил ваш PIN-код; войдите снова с новым PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="216"/>
        <source>your employee id was disabled at HQ; ask the store manager</source>
        <translation>центральный офис отключил ваш табельный номер; обратитесь к менеджеру магазина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="260"/>
        <source>HQ answered with an error ({status}); try again later</source>
        <translation>центральный офис ответил ошибкой ({status}); попробуйте позже</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="263"/>
        <source>HQ failed on this request; trying again</source>
        <translation>центральный офис не смог выполнить запрос; пробуем ещё раз</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="264"/>
        <source>HQ is having trouble; trying again</source>
        <translation>у центрального офиса неполадки; пробуем ещё раз</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="265"/>
        <source>HQ cannot be reached; working offline</source>
        <translation>нет связи с центральным офисом; работаем без связи</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="266"/>
        <source>HQ&apos;s certificate was refused (TLS); tell IT support</source>
        <translation>сертификат центрального офиса отклонён (TLS); сообщите в ИТ-поддержку</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="269"/>
        <source>HQ sent something that could not be read; the sync will try again</source>
        <translation>центральный офис прислал данные, которые не удалось прочитать; синхронизация повторит попытку</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="273"/>
        <source>type the employee id and the PIN</source>
        <translation>введите табельный номер и PIN-код</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="274"/>
        <source>sign in first</source>
        <translation>сначала войдите</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="275"/>
        <source>HQ cannot be reached and this PIN was not used online on this terminal before; sign in once while the network is up</source>
        <translation>нет связи с центральным офисом, а этот PIN-код ещё не использовался на этом терминале при связи; войдите один раз, когда сеть заработает</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="280"/>
        <source>{employee_id} is not an active associate of this store</source>
        <translation>{employee_id} не является действующим консультантом этого магазина</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="283"/>
        <source>offline sign-in is locked for this associate after too many wrong PINs; sign in once while HQ can be reached, or ask a manager to unlock it</source>
        <translation>вход без связи для этого консультанта заблокирован после многих неверных PIN-кодов; войдите один раз, когда офис будет доступен, или попросите менеджера разблокировать</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="288"/>
        <source>too many wrong PINs while HQ cannot be reached: try again in {seconds} s</source>
        <translation>слишком много неверных PIN-кодов без связи с офисом: попробуйте снова через {seconds} с</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="291"/>
        <source>this needs HQ: you signed in while HQ could not be reached; sign out and in again once it answers</source>
        <translation>для этого нужен центральный офис: вы вошли без связи с ним; выйдите и войдите снова, когда он ответит</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="296"/>
        <source>sign in while HQ answers to look shoppers up at HQ</source>
        <translation>чтобы искать покупателей в центральном офисе, войдите, когда он на связи</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="300"/>
        <source>this shopper is not on this terminal; search for them again</source>
        <translation>этого покупателя нет на этом терминале; найдите его снова</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="303"/>
        <source>this store does not record shoppers&apos; feedback (switched off at HQ)</source>
        <translation>этот магазин не записывает отзывы покупателей (отключено в центральном офисе)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="306"/>
        <source>the text has a character that cannot be stored ({char}); remove it</source>
        <translation>в тексте есть символ, который нельзя сохранить ({char}); удалите его</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="309"/>
        <source>this order is not on this terminal</source>
        <translation>этого заказа нет на этом терминале</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="310"/>
        <source>this order reached HQ meanwhile; open the orders again</source>
        <translation>тем временем заказ дошёл до центрального офиса; откройте заказы снова</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="313"/>
        <source>HQ refused to cancel this order</source>
        <translation>центральный офис отказался отменить этот заказ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="315"/>
        <source>it acts on an earlier write HQ refused, so it was set aside too</source>
        <translation>эта запись зависит от более ранней, которую центральный офис отклонил, поэтому она тоже отложена</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="318"/>
        <source>HQ failed on this write {tries} times, so it was set aside; the shopper&apos;s other writes go on (tell IT support)</source>
        <translation>центральный офис {tries} раз не смог принять эту запись, поэтому она отложена; остальные записи покупателя отправляются (сообщите в ИТ-поддержку)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="324"/>
        <source>choose the first and the last day of the period</source>
        <translation>выберите первый и последний день периода</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="325"/>
        <source>the last day is before the first: choose them again</source>
        <translation>последний день раньше первого: выберите их заново</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="328"/>
        <source>choose a period of at most a year</source>
        <translation>выберите период не длиннее года</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="329"/>
        <source>this is the terminal you are using; revoke it from another terminal or at HQ</source>
        <translation>это терминал, за которым вы работаете; отзовите его с другого терминала или в центральном офисе</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="333"/>
        <source>{address} is not an HQ address: give https://host (plain http only to this machine)</source>
        <translation>{address} — не адрес центрального офиса: укажите https://сервер (простой http только для этого компьютера)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="337"/>
        <source>training mode is switched off for {store} at HQ; ask the chain&apos;s IT to switch it on</source>
        <translation>учебный режим отключён для {store} в центральном офисе; попросите ИТ-отдел сети включить его</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="342"/>
        <source>this terminal is not enrolled; enroll it with an enrollment code from HQ</source>
        <translation>этот терминал не зарегистрирован; зарегистрируйте его с кодом регистрации от центрального офиса</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="345"/>
        <source>this terminal&apos;s settings are damaged; enroll the terminal again</source>
        <translation>настройки этого терминала повреждены; зарегистрируйте терминал заново</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="348"/>
        <source>the HQ address in this terminal&apos;s settings is not one a terminal may use (https only); enroll the terminal again with HQ&apos;s https address</source>
        <translation>адрес центрального офиса в настройках этого терминала использовать нельзя (только https); зарегистрируйте терминал заново с https-адресом центрального офиса</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="353"/>
        <source>this computer has no secure keyring for the terminal&apos;s secrets: on Linux install gnome-keyring and run the app in a desktop session (README, &apos;Kiosk terminals&apos;)</source>
        <translation>на этом компьютере нет защищённого хранилища ключей для секретов терминала: в Linux установите gnome-keyring и запускайте приложение в сеансе рабочего стола (README, «Kiosk terminals»)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="358"/>
        <source>the keyring with this terminal&apos;s secrets could not be read; unlock it and start the app again</source>
        <translation>не удалось прочитать хранилище ключей с секретами этого терминала; разблокируйте его и снова запустите приложение</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="363"/>
        <source>the keyring did not store this terminal&apos;s secret; unlock it, or tell IT support</source>
        <translation>хранилище ключей не сохранило секрет этого терминала; разблокируйте его или сообщите в ИТ-поддержку</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="366"/>
        <source>training talks only to its own HQ on this computer, never to {address}</source>
        <translation>обучение работает только со своим центральным офисом на этом компьютере, но не с {address}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="369"/>
        <source>this terminal&apos;s data cannot be opened with its key (the key was lost or replaced); it will sync again from HQ, and queued orders in the old file are kept aside</source>
        <translation>данные этого терминала не открываются его ключом (ключ потерян или заменён); терминал заново синхронизируется с центральным офисом, а заказы из очереди старого файла сохранятся отдельно</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="374"/>
        <source>this terminal&apos;s data is damaged; it will sync again from HQ</source>
        <translation>данные этого терминала повреждены; он заново синхронизируется с центральным офисом</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="377"/>
        <source>the terminal&apos;s disk is full: free some space; nothing queued was lost</source>
        <translation>диск терминала заполнен: освободите место; ничего из очереди не потеряно</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="380"/>
        <source>the terminal cannot write its data (the file is read-only or cannot be opened); ask IT to check the data folder, then start Clienteling again; nothing queued was lost</source>
        <translation>терминал не может записать свои данные (файл только для чтения или не открывается); попросите ИТ-поддержку проверить папку данных и снова запустите Clienteling; ничего из очереди не потеряно</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="385"/>
        <source>the disk failed while the terminal read or wrote its data; start Clienteling again, and if it happens again ask IT to check the disk</source>
        <translation>диск дал сбой, когда терминал читал или записывал свои данные; снова запустите Clienteling, а если это повторится, попросите ИТ-поддержку проверить диск</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="390"/>
        <source>another program is holding this terminal&apos;s data; close any other Clienteling window on this computer, then start again</source>
        <translation>данные этого терминала заняты другой программой; закройте другие окна Clienteling на этом компьютере и запустите снова</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="395"/>
        <source>the terminal&apos;s data could not be used; start Clienteling again, and if it happens again ask IT (clienteling status shows the details)</source>
        <translation>данные терминала не удалось использовать; снова запустите Clienteling, а если это повторится, обратитесь в ИТ-поддержку (clienteling status покажет подробности)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="400"/>
        <source>this terminal&apos;s data was written by a newer Clienteling; update this terminal</source>
        <translation>данные этого терминала записаны более новой версией Clienteling; обновите этот терминал</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="403"/>
        <source>this folder holds training data; a production terminal does not open it</source>
        <translation>в этой папке учебные данные; рабочий терминал её не открывает</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="406"/>
        <source>this folder holds production data; a training terminal does not open it</source>
        <translation>в этой папке рабочие данные; учебный терминал её не открывает</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="410"/>
        <source>this picture is too large to read; crop or shrink it</source>
        <translation>это изображение слишком большое; обрежьте или уменьшите его</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="413"/>
        <source>this is not a picture the app can read (PNG, JPEG...)</source>
        <translation>это не изображение, которое приложение может прочитать (PNG, JPEG...)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="416"/>
        <source>this picture is damaged or cut short</source>
        <translation>это изображение повреждено или обрезано</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="417"/>
        <source>this picture cannot be opened</source>
        <translation>это изображение не открывается</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="422"/>
        <source>write the note (at most 2000 characters)</source>
        <translation>напишите заметку (не больше 2000 символов)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="423"/>
        <source>choose a reason for the visit</source>
        <translation>выберите цель визита</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="424"/>
        <source>write what to follow up (at most 200 characters)</source>
        <translation>напишите, о чём напомнить (не больше 200 символов)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="425"/>
        <source>a size is at most 16 characters (at most 30 categories)</source>
        <translation>размер — не больше 16 символов (не больше 30 категорий)</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="426"/>
        <source>the fit is at most 40 characters</source>
        <translation>посадка — не больше 40 символов</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="427"/>
        <source>at most 30 brands</source>
        <translation>не больше 30 брендов</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="428"/>
        <source>at most 30 colours</source>
        <translation>не больше 30 цветов</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="429"/>
        <source>at most 30 styles</source>
        <translation>не больше 30 стилей</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="430"/>
        <source>choose a score from 1 to 5</source>
        <translation>выберите оценку от 1 до 5</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/error_words.py" line="431"/>
        <source>the comment is at most 2000 characters</source>
        <translation>комментарий — не больше 2000 символов</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="16"/>
        <source>this value is not accepted</source>
        <translation>это значение не принимается</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="18"/>
        <source>give a number</source>
        <translation>укажите число</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="19"/>
        <source>give a date</source>
        <translation>укажите дату</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="20"/>
        <source>give a date and a time</source>
        <translation>укажите дату и время</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="21"/>
        <source>choose one of the values offered</source>
        <translation>выберите одно из предложенных значений</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="26"/>
        <location filename="../../clienteling/ui/field_reasons.py" line="27"/>
        <source>fill this in</source>
        <translation>заполните это поле</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="28"/>
        <source>at most {max_length} characters</source>
        <translation>не больше {max_length} символов</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="29"/>
        <source>at least {min_length} characters</source>
        <translation>не меньше {min_length} символов</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="30"/>
        <source>at most {max_length} items</source>
        <translation>не больше {max_length} позиций</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="31"/>
        <source>at least {min_length} items</source>
        <translation>не меньше {min_length} позиций</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="32"/>
        <source>at least {ge}</source>
        <translation>не меньше {ge}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="33"/>
        <source>more than {gt}</source>
        <translation>больше {gt}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="34"/>
        <source>at most {le}</source>
        <translation>не больше {le}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="35"/>
        <source>less than {lt}</source>
        <translation>меньше {lt}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="36"/>
        <source>this is not written as expected</source>
        <translation>записано не в ожидаемом виде</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="37"/>
        <source>give a text</source>
        <translation>укажите текст</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="38"/>
        <location filename="../../clienteling/ui/field_reasons.py" line="39"/>
        <location filename="../../clienteling/ui/field_reasons.py" line="40"/>
        <source>give a whole number</source>
        <translation>укажите целое число</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="46"/>
        <source>this number is too large</source>
        <translation>это число слишком велико</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="47"/>
        <location filename="../../clienteling/ui/field_reasons.py" line="48"/>
        <source>answer yes or no</source>
        <translation>ответьте да или нет</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/field_reasons.py" line="60"/>
        <source>has a character that cannot be stored ({code}); remove it</source>
        <translation>содержит символ, который нельзя сохранить ({code}); удалите его</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <location filename="../../clienteling/ui/training_band.py" line="28"/>
        <location filename="../../clienteling/ui/training_band.py" line="70"/>
        <source>TRAINING</source>
        <translation>ОБУЧЕНИЕ</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_band.py" line="30"/>
        <source>Practice store: nothing here is real</source>
        <translation>Учебный магазин: здесь ничего не по-настоящему</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="24"/>
        <source>Training mode is switched off for {store} at HQ. Ask your manager to have it switched on.</source>
        <translation>Режим обучения отключён для {store} в головном офисе. Попросите руководителя включить его.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="63"/>
        <source>Reset the practice store</source>
        <translation>Сбросить учебный магазин</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="79"/>
        <source>Cut the network</source>
        <translation>Отключить сеть</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="79"/>
        <source>Network back</source>
        <translation>Вернуть сеть</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_controls.py" line="116"/>
        <source>Resetting the practice store</source>
        <translation>Сброс учебного магазина</translation>
    </message>
</context>
<context>
    <name>TrainingOffer</name>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="40"/>
        <location filename="../../clienteling/ui/training_offer.py" line="41"/>
        <source>Your training results</source>
        <translation>Ваши результаты обучения</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="45"/>
        <source>Training mode on this machine left these finished scenarios under your employee ID. Are they yours? Only yours go to your manager.</source>
        <translation>Режим обучения на этом компьютере оставил эти завершённые сценарии с вашим табельным номером. Это ваши? Менеджеру уходят только ваши.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="55"/>
        <source>Yes, send them to my manager</source>
        <translation>Да, отправить менеджеру</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="56"/>
        <source>Not mine: never send them</source>
        <translation>Не мои: никогда не отправлять</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="57"/>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="70"/>
        <source>• {scenario}, {date}: {time}, hints {hints}, mistakes {mistakes}</source>
        <translation>• {scenario}, {date}: {time}, подсказок {hints}, ошибок {mistakes}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_offer.py" line="88"/>
        <source>That did not work: {why}</source>
        <translation>Не получилось: {why}</translation>
    </message>
</context>
<context>
    <name>TrainingScenario</name>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="8"/>
        <source>Find a returning shopper by phone</source>
        <translation>Найти постоянного покупателя по телефону</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="9"/>
        <source>A returning shopper gives only the end of their phone number and says why they came in.</source>
        <translation>Постоянный покупатель называет только последние цифры телефона и говорит, зачем пришёл.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="10"/>
        <source>Search for the phone ending {phone_fragment}</source>
        <translation>Найдите телефон, оканчивающийся на {phone_fragment}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="11"/>
        <source>On the shopper search, type only the digits {phone_fragment}: the search matches the end of phone numbers.</source>
        <translation>В поиске покупателей введите только цифры {phone_fragment}: поиск сравнивает их с концом номеров телефонов.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="12"/>
        <source>Whose card does the search for {phone_fragment} find?</source>
        <translation>Чью карточку находит поиск по {phone_fragment}?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="13"/>
        <source>Type the last digits of the phone; the card that matches shows the number masked, with the shopper&apos;s name.</source>
        <translation>Введите последние цифры телефона: в найденной карточке номер показан частично скрытым, рядом с именем покупателя.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="14"/>
        <source>Record the reason for the visit</source>
        <translation>Запишите цель визита</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="15"/>
        <source>Open {shopper_name}&apos;s profile, add a note, choose the reason for the visit and write what they are looking for.</source>
        <translation>Откройте профиль покупателя {shopper_name}, добавьте заметку, выберите цель визита и напишите, что он ищет.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="16"/>
        <source>That note went on another shopper&apos;s profile. Check the name at the top of the profile before you write: open {shopper_name} and add the note there.</source>
        <translation>Эта заметка попала в профиль другого покупателя. Проверяйте имя вверху профиля, прежде чем писать: откройте {shopper_name} и добавьте заметку там.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="17"/>
        <source>Open a shopper from their loyalty card</source>
        <translation>Открыть покупателя по карте лояльности</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="18"/>
        <source>A member from another region shows their loyalty card, printed or on their phone, and wants to be served as a member.</source>
        <translation>Участник программы из другого региона показывает карту лояльности, печатную или в телефоне, и хочет обслуживания как участник.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="19"/>
        <source>Scan the loyalty card</source>
        <translation>Отсканируйте карту лояльности</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="20"/>
        <source>Scan the card&apos;s QR code with the scanner or the camera. No card at hand? Type {loyalty_id} in the search and press Enter, as a scanner does.</source>
        <translation>Отсканируйте QR-код карты сканером или камерой. Карты нет под рукой? Введите {loyalty_id} в поиске и нажмите Enter, как это делает сканер.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="21"/>
        <source>On {shopper_name}&apos;s profile (home store: {home_store_name}), add a note with the reason for the visit.</source>
        <translation>В профиле покупателя {shopper_name} (домашний магазин: {home_store_name}) добавьте заметку с целью визита.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="22"/>
        <source>That note went on another shopper&apos;s profile. The card opens the right shopper: scan it again and write the note on {shopper_name}&apos;s profile.</source>
        <translation>Эта заметка попала в профиль другого покупателя. Карта открывает нужного покупателя: отсканируйте её снова и напишите заметку в профиле {shopper_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="23"/>
        <source>Order the right size from another store for delivery</source>
        <translation>Заказать нужный размер из другого магазина с доставкой</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="24"/>
        <source>{shopper_name} wants {product_name} in size {size}, which this store no longer has, delivered to their home.</source>
        <translation>{shopper_name} хочет {product_name} размера {size}, которого в этом магазине больше нет, с доставкой на дом.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="25"/>
        <source>Find a store with size {size}</source>
        <translation>Найдите магазин с размером {size}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="26"/>
        <source>Search for {product_name} and open its stock: the grid shows the sizes here, the list below the other stores.</source>
        <translation>Найдите {product_name} и откройте остатки: сетка показывает размеры здесь, список ниже — другие магазины.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="27"/>
        <source>Which store has {product_name} in size {size}?</source>
        <translation>В каком магазине есть {product_name} размера {size}?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="28"/>
        <source>No store has it</source>
        <translation>Ни в одном магазине нет</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="29"/>
        <source>The item&apos;s stock lists every store with the size and how many they can sell; this store has none left in size {size}.</source>
        <translation>Остатки товара показывают каждый магазин с этим размером и сколько он может продать; в этом магазине размера {size} не осталось.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="30"/>
        <source>Order size {size} for home delivery</source>
        <translation>Закажите размер {size} с доставкой на дом</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="31"/>
        <source>From the stock screen, choose size {size} and Order: {source_store_name} as the source, delivery to {shopper_name}&apos;s address.</source>
        <translation>На экране остатков выберите размер {size} и «Заказ»: источник — {source_store_name}, доставка по адресу покупателя {shopper_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="32"/>
        <source>That order is for another size of {product_name}. The shopper asked for size {size}: cancel that order on the orders screen and order size {size}.</source>
        <translation>Этот заказ — на другой размер {product_name}. Покупатель просил размер {size}: отмените этот заказ на экране заказов и закажите размер {size}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="33"/>
        <source>The shopper wants it delivered to their home, not picked up. Cancel that order and choose delivery.</source>
        <translation>Покупатель хочет доставку на дом, а не самовывоз. Отмените этот заказ и выберите доставку.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="34"/>
        <source>See the order confirmed</source>
        <translation>Убедитесь, что заказ подтверждён</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="35"/>
        <source>The orders screen shows the order as confirmed once HQ has reserved the item at {source_store_name}.</source>
        <translation>Экран заказов покажет заказ подтверждённым, как только центральный офис зарезервирует товар в магазине {source_store_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="36"/>
        <source>Order the right size from another store for pick-up here</source>
        <translation>Заказать нужный размер из другого магазина с самовывозом здесь</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="37"/>
        <source>{shopper_name} wants {product_name} in size {size}, which this store no longer has, and will collect it here.</source>
        <translation>{shopper_name} хочет {product_name} размера {size}, которого в этом магазине больше нет, и заберёт его здесь.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="38"/>
        <source>Order size {size} for pick-up in this store</source>
        <translation>Закажите размер {size} с самовывозом в этом магазине</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="39"/>
        <source>From the stock screen, choose size {size} and Order: {source_store_name} as the source, pick-up at {store_name}.</source>
        <translation>На экране остатков выберите размер {size} и «Заказ»: источник — {source_store_name}, самовывоз в магазине {store_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="40"/>
        <source>The shopper will collect it here, at {store_name}. Cancel that order and choose pick-up in this store.</source>
        <translation>Покупатель заберёт заказ здесь, в магазине {store_name}. Отмените этот заказ и выберите самовывоз в этом магазине.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="41"/>
        <source>Place an order while the network is down</source>
        <translation>Оформить заказ без сети</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="42"/>
        <source>{shopper_name} wants {product_name} in size {size} set aside for pick-up, and the network goes down.</source>
        <translation>{shopper_name} хочет отложить {product_name} размера {size} для самовывоза, и тут пропадает сеть.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="43"/>
        <source>Cut the network</source>
        <translation>Отключить сеть</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="44"/>
        <source>Press Cut the network in the TRAINING band. The app finds out by itself: watch for the offline banner.</source>
        <translation>Нажмите «Отключить сеть» на полосе ОБУЧЕНИЕ. Приложение само это заметит: следите за плашкой «нет связи».</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="45"/>
        <source>That order reached HQ at once: the network was still up. Cut the network first, then place the order.</source>
        <translation>Этот заказ сразу ушёл в центральный офис: сеть ещё работала. Сначала отключите сеть, затем оформите заказ.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="46"/>
        <source>Order size {size} for pick-up while offline</source>
        <translation>Закажите размер {size} с самовывозом без сети</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="47"/>
        <source>Place the order as usual, pick-up at {store_name}. It is saved on this terminal and waits to be sent; the orders screen shows it as waiting.</source>
        <translation>Оформите заказ как обычно, самовывоз в магазине {store_name}. Он сохраняется на этом терминале и ждёт отправки; экран заказов показывает его как ожидающий.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="48"/>
        <source>Bring the network back</source>
        <translation>Верните сеть</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="49"/>
        <source>Press Network back in the TRAINING band. The app notices that HQ answers again and sends what waited.</source>
        <translation>Нажмите «Вернуть сеть» на полосе ОБУЧЕНИЕ. Приложение заметит, что центральный офис снова отвечает, и отправит то, что ждало.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="50"/>
        <source>After the next sync the orders screen shows the order as confirmed: nothing had to be typed again.</source>
        <translation>После следующей синхронизации экран заказов покажет заказ подтверждённым: ничего не пришлось вводить заново.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="51"/>
        <source>Handle a refused order</source>
        <translation>Разобраться с отклонённым заказом</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="52"/>
        <source>{shopper_name} wants {product_name} in size {size}; {source_store_name} has the last one.</source>
        <translation>{shopper_name} хочет {product_name} размера {size}; последняя единица — в магазине {source_store_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="53"/>
        <source>Check the stock of size {size}</source>
        <translation>Проверьте остатки размера {size}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="54"/>
        <source>Search for {product_name} and open its stock; look at {source_store_name} in the list of stores.</source>
        <translation>Найдите {product_name} и откройте остатки; посмотрите на {source_store_name} в списке магазинов.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="55"/>
        <source>How many {product_name} in size {size} can {source_store_name} still sell?</source>
        <translation>Сколько {product_name} размера {size} ещё может продать магазин {source_store_name}?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="56"/>
        <source>None</source>
        <translation>Ни одной</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="57"/>
        <source>One</source>
        <translation>Одну</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="58"/>
        <source>More than five</source>
        <translation>Больше пяти</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="59"/>
        <source>The stock screen shows what each store can sell: what it has, less what is already reserved for other orders.</source>
        <translation>Экран остатков показывает, сколько может продать каждый магазин: сколько у него есть минус то, что уже зарезервировано под другие заказы.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="60"/>
        <source>Order it from {source_store_name} for pick-up here</source>
        <translation>Закажите из магазина {source_store_name} с самовывозом здесь</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="61"/>
        <source>Order size {size} with {source_store_name} as the source and pick-up at {store_name}, right away.</source>
        <translation>Сразу закажите размер {size}: источник — {source_store_name}, самовывоз в магазине {store_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="62"/>
        <source>Choose an alternative</source>
        <translation>Выберите замену</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="63"/>
        <source>HQ refused the order: the last unit went to another store&apos;s shopper. On the refused order, choose one of the alternatives HQ offers (another store, or another size or colour) with the shopper&apos;s agreement.</source>
        <translation>Центральный офис отклонил заказ: последняя единица ушла покупателю другого магазина. В отклонённом заказе выберите один из предложенных вариантов (другой магазин, другой размер или цвет) с согласия покупателя.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="64"/>
        <source>Serve a shopper who did not consent to profiling</source>
        <translation>Обслужить покупателя без согласия на профилирование</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="65"/>
        <source>{shopper_name} did not agree to profiling and asks for help choosing a gift.</source>
        <translation>{shopper_name} не давал согласия на профилирование и просит помочь выбрать подарок.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="66"/>
        <source>Open the profile and look for suggestions</source>
        <translation>Откройте профиль и найдите рекомендации</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="67"/>
        <source>Open {shopper_name}&apos;s profile: where other profiles suggest items, this one shows none.</source>
        <translation>Откройте профиль покупателя {shopper_name}: там, где другие профили предлагают товары, этот не показывает ничего.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="68"/>
        <source>Why does {shopper_name}&apos;s profile show no suggestions?</source>
        <translation>Почему в профиле покупателя {shopper_name} нет рекомендаций?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="69"/>
        <source>They have never bought anything</source>
        <translation>Он ничего не покупал</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="70"/>
        <source>They did not consent to profiling, so their history is not used to suggest items</source>
        <translation>Он не давал согласия на профилирование, поэтому его история не используется для рекомендаций</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="71"/>
        <source>Suggestions need the network</source>
        <translation>Рекомендациям нужна сеть</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="72"/>
        <source>Without consent to profiling the app does not use the shopper&apos;s history to suggest items. Help them by asking what they want.</source>
        <translation>Без согласия на профилирование приложение не использует историю покупателя для рекомендаций. Помогите, расспросив, что ему нужно.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="73"/>
        <source>Note what they are looking for</source>
        <translation>Запишите, что он ищет</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="74"/>
        <source>Add a note on {shopper_name}&apos;s profile with the reason Gift and what they told you. Leave their consent as it is.</source>
        <translation>Добавьте заметку в профиль покупателя {shopper_name} с целью «Подарок» и тем, что он рассказал. Согласие оставьте как есть.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="75"/>
        <source>Consent is the shopper&apos;s choice: change it only when they ask you to. Suggestions are not a reason to switch profiling on.</source>
        <translation>Согласие — выбор покупателя: меняйте его, только когда он сам просит. Рекомендации — не повод включать профилирование.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="76"/>
        <source>That note went on another shopper&apos;s profile. Open {shopper_name} and add the note there.</source>
        <translation>Эта заметка попала в профиль другого покупателя. Откройте {shopper_name} и добавьте заметку там.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="77"/>
        <source>Record sizes, preferences and a follow-up</source>
        <translation>Записать размеры, предпочтения и напоминание</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="78"/>
        <source>{shopper_name} tells you their sizes and what they like, and wants a call when new arrivals come in.</source>
        <translation>{shopper_name} называет свои размеры и что ему нравится и просит позвонить, когда придут новинки.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="79"/>
        <source>Record two of their sizes</source>
        <translation>Запишите два его размера</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="80"/>
        <source>On {shopper_name}&apos;s profile, edit the sizes and preferences: enter a size for two categories, then save.</source>
        <translation>В профиле покупателя {shopper_name} измените размеры и предпочтения: укажите размер для двух категорий и сохраните.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="81"/>
        <source>Those sizes went on another shopper&apos;s profile. Check the name at the top of the profile: the sizes are {shopper_name}&apos;s.</source>
        <translation>Эти размеры попали в профиль другого покупателя. Проверяйте имя вверху профиля: это размеры покупателя {shopper_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="82"/>
        <source>Record what they like</source>
        <translation>Запишите, что ему нравится</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="83"/>
        <source>In the same place, add a colour, a brand or a style they like, then save.</source>
        <translation>Там же добавьте цвет, бренд или стиль, который ему нравится, и сохраните.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="84"/>
        <source>Plan the call about new arrivals</source>
        <translation>Запланируйте звонок о новинках</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="85"/>
        <source>Add a follow-up on {shopper_name}&apos;s profile, for example &quot;Call about new arrivals&quot;, with a due date.</source>
        <translation>Добавьте напоминание в профиль покупателя {shopper_name}, например «Позвонить о новинках», с датой.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="86"/>
        <source>Erase a shopper on request</source>
        <translation>Удалить покупателя по его просьбе</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="87"/>
        <source>{shopper_name} asks the store to erase all their data.</source>
        <translation>{shopper_name} просит магазин удалить все его данные.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="88"/>
        <source>Sign in as a manager</source>
        <translation>Войдите как менеджер</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="89"/>
        <source>Only a manager may erase a shopper: sign in as {associate_name}.</source>
        <translation>Удалить покупателя может только менеджер: войдите как {associate_name}.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="90"/>
        <source>Know what erasing does</source>
        <translation>Узнайте, что делает удаление</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="91"/>
        <source>Erasing is for good: think of what the shopper asked for.</source>
        <translation>Удаление необратимо: подумайте, о чём просил покупатель.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="92"/>
        <source>What does erasing a shopper do?</source>
        <translation>Что происходит при удалении покупателя?</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="93"/>
        <source>It hides the shopper on this terminal only</source>
        <translation>Покупатель скрывается только на этом терминале</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="94"/>
        <source>It stops marketing e-mails and keeps the profile</source>
        <translation>Прекращаются рекламные письма, профиль остаётся</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="95"/>
        <source>HQ deletes the shopper&apos;s data, for good, and every terminal forgets them</source>
        <translation>Центральный офис навсегда удаляет данные покупателя, и все терминалы его забывают</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="96"/>
        <source>Erasing cannot be undone: HQ deletes the data and every terminal forgets the shopper. Check the name before you confirm.</source>
        <translation>Удаление нельзя отменить: центральный офис удаляет данные, и все терминалы забывают покупателя. Проверьте имя перед подтверждением.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="97"/>
        <source>Erase {shopper_name}</source>
        <translation>Удалите покупателя {shopper_name}</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="98"/>
        <source>Open {shopper_name}&apos;s profile, choose Erase, check the name and confirm.</source>
        <translation>Откройте профиль покупателя {shopper_name}, выберите «Удалить», проверьте имя и подтвердите.</translation>
    </message>
    <message>
        <location filename="../../clienteling/ui/training_texts.py" line="99"/>
        <source>You erased another shopper. In a store this cannot be undone: check the name and the phone before you confirm. Reset the practice store to try again.</source>
        <translation>Вы удалили другого покупателя. В магазине это нельзя отменить: проверяйте имя и телефон перед подтверждением. Сбросьте учебный магазин, чтобы попробовать снова.</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../../clienteling/ui/upgrade_notice.py" line="42"/>
        <source>HQ no longer accepts this version of the app. Search and profiles still work from this terminal; notes and orders wait here until it is updated. HQ says: {words}</source>
        <translation>Центральный сервер больше не принимает эту версию приложения. Поиск и профили на этом терминале работают; заметки и заказы ждут здесь, пока его не обновят. Сервер сообщает: {words}</translation>
    </message>
</context>
<context>
    <name>WindowScans</name>
    <message>
        <location filename="../../clienteling/ui/window_scans.py" line="69"/>
        <source>{name} was looked up at HQ and is now on this terminal.</source>
        <translation>{name}: данные получены из офиса и теперь есть на этом терминале.</translation>
    </message>
</context>
</TS>
