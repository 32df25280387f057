<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>About</name>
        <message>
            <source>About Ally Explorer</source>
            <translation>Про Ally Explorer</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Ally Explorer {version}&lt;/h3&gt;&lt;p&gt;Who stands with Russia in 2025, and how that changed, with every claim sourced and its certainty shown.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources in this database:&lt;/b&gt; {sources}.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences:&lt;/b&gt; application and dataset MIT; flags from &lt;i&gt;flag-icons&lt;/i&gt; (MIT); map outlines from &lt;i&gt;world-atlas&lt;/i&gt; (ISC), Natural Earth (public domain). Built with Qt for Python (LGPL), pyqtgraph (MIT) and sqlite-utils (Apache 2.0).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Ally Explorer {version}&lt;/h3&gt;&lt;p&gt;Хто на боці Росії у 2025 році і як це змінювалося: кожне твердження з джерелом і зазначеною мірою певності.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Джерела в цій базі даних:&lt;/b&gt; {sources}.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ліцензії:&lt;/b&gt; застосунок і набір даних — MIT; прапори з &lt;i&gt;flag-icons&lt;/i&gt; (MIT); контури карти з &lt;i&gt;world-atlas&lt;/i&gt; (ISC), Natural Earth (суспільне надбання). Створено з Qt for Python (LGPL), pyqtgraph (MIT) і sqlite-utils (Apache 2.0).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>AddSourceDialog</name>
        <message>
            <source>Add Source</source>
            <translation>Додати джерело</translation>
        </message>
        <message>
            <source>a .txt, .md or .html file</source>
            <translation>файл .txt, .md або .html</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Вибрати…</translation>
        </message>
        <message>
            <source>…or paste the text here</source>
            <translation>…або вставте текст сюди</translation>
        </message>
        <message>
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
        </message>
        <message>
            <source>who owns the text, on what terms it is kept</source>
            <translation>кому належить текст і на яких умовах він зберігається</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубліковано</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Видавець</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Licence note</source>
            <translation>Примітка про ліцензію</translation>
        </message>
        <message>
            <source>Editor's note</source>
            <translation>Примітка редактора</translation>
        </message>
        <message>
            <source>Add a source</source>
            <translation>Додати джерело</translation>
        </message>
        <message>
            <source>Texts (*.txt *.md *.markdown *.html *.htm)</source>
            <translation>Тексти (*.txt *.md *.markdown *.html *.htm)</translation>
        </message>
        <message>
            <source>Choose a file or paste the text</source>
            <translation>Виберіть файл або вставте текст</translation>
        </message>
        <message>
            <source>Give the source a title</source>
            <translation>Дайте джерелу назву</translation>
        </message>
    </context>
    <context>
        <name>AgreementChart</name>
        <message>
            <source>Before 1992, “Russia” is the Soviet Union, whose seat Russia took over. Hollow points: fewer than {FULL_YEAR_ROLL_CALLS} roll calls that year. Data: Erik Voeten (CC0).</source>
            <extracomment>The y axis's tick steps, in percent, densest first: the densest whose labels are a line apart.</extracomment>
            <translation>До 1992 року «Росія» — це Радянський Союз, чиє місце перейняла Росія. Порожні точки: того року менше ніж {FULL_YEAR_ROLL_CALLS} поіменних голосувань. Дані: Erik Voeten (CC0).</translation>
        </message>
        <message>
            <source>Agreement with Russia at the UN, by year</source>
            <translation>Збіг із Росією в ООН за роками</translation>
        </message>
        <message>
            <source>USSR → Russia</source>
            <translation>СРСР → Росія</translation>
        </message>
        <message>
            <source>Left and Right: the previous or next year; Home and End: the first or last year. The same figures are a table on the UN votes tab</source>
            <translation>Ліворуч і праворуч: попередній або наступний рік; Home і End: перший або останній рік. Ті самі дані є таблицею на вкладці «Голоси в ООН»</translation>
        </message>
        <message>
            <source>% of votes as Russia's</source>
            <translation>% голосів як у Росії</translation>
        </message>
        <message>
            <source>No UN General Assembly votes for {name} in this database.</source>
            <translation>У цій базі даних немає голосувань Генеральної Асамблеї ООН для {name}.</translation>
        </message>
        <message>
            <source>How often {name} votes as Russia does at the UN General Assembly</source>
            <translation>Як часто {name} голосує так само, як Росія, у Генеральній Асамблеї ООН</translation>
        </message>
        <message>
            <source>Choose a country to see how often it votes as Russia does at the UN.</source>
            <translation>Виберіть країну, щоб побачити, як часто вона голосує в ООН так само, як Росія.</translation>
        </message>
        <message>
            <source>the USSR</source>
            <translation>СРСР</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>Росія</translation>
        </message>
        <message>
            <source> (too few to read much into)</source>
            <translation> (замало, щоб робити висновки)</translation>
        </message>
        <message>
            <source>{year}: voted as {whom} did on {share:.0%}
({agreed} of {compared} roll calls{thin})</source>
            <translation>{year}: голосувала як {whom} у {share:.0%}
({agreed} із {compared} поіменних голосувань{thin})</translation>
        </message>
        <message>
            <source>{chart}, {figures}</source>
            <translation>{chart}, {figures}</translation>
        </message>
    </context>
    <context>
        <name>AgreementTable</name>
        <message>
            <source>Year</source>
            <translation>Рік</translation>
        </message>
        <message>
            <source>Votes as Russia did</source>
            <translation>Голосувала як Росія</translation>
        </message>
        <message>
            <source>Roll calls compared</source>
            <translation>Порівняно голосувань</translation>
        </message>
        <message>
            <source>Agreement with Russia at the UN, by year</source>
            <translation>Збіг голосів із Росією в ООН за роками</translation>
        </message>
        <message>
            <source>Choose a country to list how often it votes as Russia does at the UN.</source>
            <translation>Виберіть країну, щоб побачити, як часто вона голосує в ООН так само, як Росія.</translation>
        </message>
        <message>
            <source>No UN General Assembly votes to compare for %1.</source>
            <translation>Для %1 немає голосувань Генеральної Асамблеї ООН для порівняння.</translation>
        </message>
        <message>
            <source>How often %1 voted as Russia (the USSR before 1992) did, by year</source>
            <translation>Як часто %1 голосувала так само, як Росія (до 1992 року — СРСР), за роками</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 з %2</translation>
        </message>
    </context>
    <context>
        <name>AsOfSlider</name>
        <message>
            <source>Stances as of</source>
            <extracomment>How far one step of the time-lapse moves the day, in months.</extracomment>
            <translation>Позиції станом на</translation>
        </message>
        <message>
            <source>Left and Right: a week; Page Up and Page Down: three months; Home: the first day; End: today; Space plays the time-lapse</source>
            <translation>Ліворуч і праворуч: тиждень; Page Up і Page Down: три місяці; Home: перший день; End: сьогодні; пробіл запускає анімацію</translation>
        </message>
        <message>
            <source> (today)</source>
            <translation> (сьогодні)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сьогодні</translation>
        </message>
        <message>
            <source>Show the stances as of today</source>
            <translation>Показати позиції станом на сьогодні</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stances as of&lt;/b&gt;</source>
            <translation>&lt;b&gt;Позиції станом на&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Drag to see every country's stance on a given day: the list, the detail pane, the map and the timeline's stance chips follow</source>
            <translation>Перетягніть, щоб побачити позицію кожної країни на певний день: за цим стежать список, панель подробиць, карта й позначки позицій на хронології</translation>
        </message>
        <message>
            <source>1 month</source>
            <translation>1 місяць</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 місяці</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 рік</translation>
        </message>
        <message>
            <source>How far each step of the time-lapse moves the day</source>
            <translation>На скільки кожен крок анімації пересуває день</translation>
        </message>
        <message>
            <source>Time-lapse step</source>
            <translation>Крок анімації</translation>
        </message>
        <message>
            <source>stances as of</source>
            <translation>позиції на день</translation>
        </message>
        <message>
            <source>no newer source</source>
            <translation>без новіших джерел</translation>
        </message>
        <message>
            <source>The newest source reports the stances up to {day}; after that day each country keeps the stance it was last reported with, as nothing newer says otherwise.</source>
            <translation>Найновіше джерело повідомляє про позиції до {day}; після цього дня кожна країна зберігає останню відому позицію, бо ніщо новіше не каже іншого.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Restore a Backup</source>
            <translation>Відновити резервну копію</translation>
        </message>
        <message>
            <source>Made (local time)</source>
            <translation>Створено (місцевий час)</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Чому</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Зміни</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Події</translation>
        </message>
        <message>
            <source>Restore This Backup…</source>
            <translation>Відновити цю резервну копію…</translation>
        </message>
        <message>
            <source>Show the Backups Folder</source>
            <translation>Показати теку резервних копій</translation>
        </message>
        <message>
            <source>{0} — damaged, cannot be restored</source>
            <translation>{0} — пошкоджено, відновити неможливо</translation>
        </message>
        <message>
            <source>Backups of {0}, newest first (the last {1} are kept, in {2}). Restoring one replaces what the file holds now; a backup of it is made first.</source>
            <translation>Резервні копії {0}, найновіші спершу (зберігаються останні {1}, у {2}). Відновлення замінює теперішній вміст файлу; спершу створюється його резервна копія.</translation>
        </message>
        <message>
            <source>No backups of {0} yet. One is made before the first change after each start, and before anything replaces the file (in {1}).</source>
            <translation>Резервних копій {0} ще немає. Копія створюється перед першою зміною після кожного запуску і перед будь-якою заміною файлу (у {1}).</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Відновити резервну копію</translation>
        </message>
        <message>
            <source>Replace what {0} holds now with the backup of {1}? A backup of the file as it is now is made first, so this too can be taken back here.</source>
            <translation>Замінити теперішній вміст {0} резервною копією від {1}? Спершу буде створено резервну копію файлу в теперішньому стані, тож і це можна буде скасувати тут.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Не відновлено</translation>
        </message>
        <message>
            <source>{0}. The file is unchanged.</source>
            <translation>{0}. Файл не змінено.</translation>
        </message>
        <message>
            <source>Restored the backup of {0}</source>
            <translation>Відновлено резервну копію від {0}</translation>
        </message>
    </context>
    <context>
        <name>CaptionCard</name>
        <message>
            <source>Previous</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Далі</translation>
        </message>
        <message>
            <source>Autoplay</source>
            <translation>Автопоказ</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>Seconds per step when playing</source>
            <translation>Секунд на крок під час автопоказу</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 з %2</translation>
        </message>
        <message>
            <source>Presentation step %1</source>
            <translation>Крок презентації %1</translation>
        </message>
        <message>
            <source>Unattributed</source>
            <translation>Без автора</translation>
        </message>
        <message>
            <source> — according to {attribution}</source>
            <translation> — за даними: {attribution}</translation>
        </message>
        <message>
            <source> · Source: &lt;i&gt;{title}&lt;/i&gt;</source>
            <translation> · Джерело: &lt;i&gt;{title}&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>ChangeCommand</name>
        <message>
            <source>Redo: {label}</source>
            <translation>Повторити: {label}</translation>
        </message>
        <message>
            <source>Undo: {label}</source>
            <translation>Скасувати: {label}</translation>
        </message>
    </context>
    <context>
        <name>Citations</name>
        <message>
            <source>Event</source>
            <translation>Подія</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Показник</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Позиція</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>Needs an attribution</source>
            <translation>Потрібно вказати, хто стверджує</translation>
        </message>
        <message>
            <source>Undated or year-only</source>
            <translation>Без дати або лише рік</translation>
        </message>
        <message>
            <source>Quote without a speaker</source>
            <translation>Цитата без мовця</translation>
        </message>
        <message>
            <source>No stance recorded for today</source>
            <translation>На сьогодні позицію не записано</translation>
        </message>
        <message>
            <source>Figure without a unit</source>
            <translation>Показник без одиниці</translation>
        </message>
        <message>
            <source>Passage lost from its source</source>
            <translation>Уривок утрачено в джерелі</translation>
        </message>
    </context>
    <context>
        <name>CitationsView</name>
        <message>
            <source>Every source, and every claim that cites it, grouped by who asserts it. Double-click a claim to show it; right-click to copy it with its citation.</source>
            <translation>Кожне джерело і кожне твердження, що на нього посилається, згруповані за тим, хто стверджує. Двічі клацніть твердження, щоб показати його; клацніть правою кнопкою, щоб скопіювати його з посиланням.</translation>
        </message>
        <message>
            <source>Sources and the claims citing them</source>
            <translation>Джерела й твердження, що на них посилаються</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Твердження</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>How sure</source>
            <translation>Певність</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Країна</translation>
        </message>
        <message>
            <source>{total} claims</source>
            <translation>Тверджень: {total}</translation>
        </message>
        <message>
            <source>The source itself (its own voice)</source>
            <translation>Саме джерело (від власного імені)</translation>
        </message>
    </context>
    <context>
        <name>ClaimsTabs</name>
        <message>
            <source>That entry is hidden by the filters</source>
            <translation>Цей запис приховано фільтрами</translation>
        </message>
        <message>
            <source>Show in Country View</source>
            <translation>Показати у вкладці країни</translation>
        </message>
        <message>
            <source>Copy with Citation</source>
            <translation>Копіювати з посиланням</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare with the Bundled Data</source>
            <translation>Порівняти з вбудованими даними</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Запис</translation>
        </message>
        <message>
            <source>What differs</source>
            <translation>Що відрізняється</translation>
        </message>
        <message>
            <source>Your copy</source>
            <translation>Ваша копія</translation>
        </message>
        <message>
            <source>Bundled</source>
            <translation>Вбудовані</translation>
        </message>
        <message>
            <source>Revert This Entry to Bundled</source>
            <translation>Повернути цей запис до вбудованого</translation>
        </message>
        <message>
            <source>Revert All to Bundled…</source>
            <translation>Повернути все до вбудованого…</translation>
        </message>
        <message>
            <source>Cannot read the bundled data: {0}</source>
            <translation>Не вдається прочитати вбудовані дані: {0}</translation>
        </message>
        <message>
            <source>this database</source>
            <translation>ця база даних</translation>
        </message>
        <message>
            <source>{0} holds exactly what the bundled data holds.</source>
            <translation>{0} містить точно те саме, що й вбудовані дані.</translation>
        </message>
        <message>
            <source>{0} differs from the bundled data in {1} entries: {2} added, {3} changed, {4} deleted. Select one to revert it; each revert can be undone (Ctrl+Z).</source>
            <translation>{0} відрізняється від вбудованих даних у записах: {1} (додано: {2}, змінено: {3}, видалено: {4}). Виберіть запис, щоб повернути його; кожне повернення можна скасувати (Ctrl+Z).</translation>
        </message>
        <message>
            <source>added in your copy</source>
            <translation>додано у вашій копії</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>змінено</translation>
        </message>
        <message>
            <source>deleted in your copy</source>
            <translation>видалено у вашій копії</translation>
        </message>
        <message>
            <source>Revert {0} ‘{1}’ to bundled</source>
            <translation>Повернути {0} «{1}» до вбудованого</translation>
        </message>
        <message>
            <source>Revert all to bundled</source>
            <translation>Повернути все до вбудованого</translation>
        </message>
        <message>
            <source>Make all {0} entries what the bundled data holds? This is one step: Edit ▸ Undo takes it back.</source>
            <translation>Зробити всі записи ({0}) такими, як у вбудованих даних? Це один крок: Редагування ▸ Скасувати поверне його.</translation>
        </message>
        <message>
            <source>Revert all {0} entries to bundled</source>
            <translation>Повернути всі записи ({0}) до вбудованого</translation>
        </message>
        <message>
            <source>Not reverted</source>
            <translation>Не повернуто</translation>
        </message>
        <message>
            <source>The entries could not be reverted: {0}. The database is unchanged.</source>
            <translation>Не вдалося повернути записи: {0}. Базу даних не змінено.</translation>
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message numerus="yes">
            <source>%n (country|countries)</source>
            <translation>
                <numerusform>%n країна</numerusform>
                <numerusform>%n країни</numerusform>
                <numerusform>%n країн</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n (person|people)</source>
            <translation>
                <numerusform>%n особа</numerusform>
                <numerusform>%n особи</numerusform>
                <numerusform>%n осіб</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n джерело</numerusform>
                <numerusform>%n джерела</numerusform>
                <numerusform>%n джерел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n подія</numerusform>
                <numerusform>%n події</numerusform>
                <numerusform>%n подій</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s)</source>
            <translation>
                <numerusform>%n заява</numerusform>
                <numerusform>%n заяви</numerusform>
                <numerusform>%n заяв</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n alignment period(s)</source>
            <translation>
                <numerusform>%n період позиції</numerusform>
                <numerusform>%n періоди позиції</numerusform>
                <numerusform>%n періодів позиції</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key figure(s)</source>
            <translation>
                <numerusform>%n ключовий показник</numerusform>
                <numerusform>%n ключові показники</numerusform>
                <numerusform>%n ключових показників</numerusform>
            </translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} і {last}</translation>
        </message>
        <message>
            <source>this entry</source>
            <extracomment>What a delete unlinks rather than deletes (mirrors ``Store.plan_delete``), for bare counts.</extracomment>
            <translation>цей запис</translation>
        </message>
        <message>
            <source>Delete {description}?</source>
            <translation>Видалити: {description}?</translation>
        </message>
        <message>
            <source>This also deletes {also}.</source>
            <translation>Разом із цим видаляються: {also}.</translation>
        </message>
        <message numerus="yes">
            <source>{name} is removed from %n event(s) shared with other countries; (that event stays|those events stay).</source>
            <translation>
                <numerusform>{name} вилучається з %n спільної з іншими країнами події; сама подія лишається.</numerusform>
                <numerusform>{name} вилучається з %n спільних з іншими країнами подій; самі події лишаються.</numerusform>
                <numerusform>{name} вилучається з %n спільних з іншими країнами подій; самі події лишаються.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It is removed from %n event(s) shared with other countries; (that event stays|those events stay).</source>
            <translation>
                <numerusform>Запис вилучається з %n спільної з іншими країнами події; сама подія лишається.</numerusform>
                <numerusform>Запис вилучається з %n спільних з іншими країнами подій; самі події лишаються.</numerusform>
                <numerusform>Запис вилучається з %n спільних з іншими країнами подій; самі події лишаються.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n (person stays|people stay), without a country.</source>
            <translation>
                <numerusform>%n особа лишається без країни.</numerusform>
                <numerusform>%n особи лишаються без країни.</numerusform>
                <numerusform>%n осіб лишаються без країни.</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows} stay, without a country.</source>
            <translation>{rows}: лишаються без країни.</translation>
        </message>
        <message numerus="yes">
            <source>%n (statement stays|statements stay), without a speaker.</source>
            <translation>
                <numerusform>%n заява лишається без мовця.</numerusform>
                <numerusform>%n заяви лишаються без мовця.</numerusform>
                <numerusform>%n заяв лишаються без мовця.</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows} stay, without a speaker.</source>
            <translation>{rows}: лишаються без мовця.</translation>
        </message>
        <message>
            <source>{rows} stay, unlinked.</source>
            <translation>{rows}: лишаються, але без зв’язку.</translation>
        </message>
        <message>
            <source>Nothing else is affected.</source>
            <translation>Більше нічого не зачіпається.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Видалити</translation>
        </message>
        <message>
            <source>&lt;br&gt;&lt;br&gt;You can undo it with Edit ▸ Undo.</source>
            <translation>&lt;br&gt;&lt;br&gt;Це можна скасувати: Редагування ▸ Скасувати.</translation>
        </message>
    </context>
    <context>
        <name>CountryList</name>
        <message>
            <source>Country</source>
            <translation>Країна</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Позиція</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Події</translation>
        </message>
    </context>
    <context>
        <name>CountryListModel</name>
        <message>
            <source>Also: {names}</source>
            <translation>Також: {names}</translation>
        </message>
        <message>
            <source>The centre every stance is measured against.</source>
            <translation>Центр, відносно якого вимірюється кожна позиція.</translation>
        </message>
        <message>
            <source>{stance} (since {since}): {meaning}</source>
            <translation>{stance} (з {since}): {meaning}</translation>
        </message>
        <message>
            <source>No stance recorded for this date.</source>
            <translation>На цю дату позицію не записано.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n подія</numerusform>
                <numerusform>%n події</numerusform>
                <numerusform>%n подій</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}, {stance}, %n event(s)</source>
            <translation>
                <numerusform>{name}, {stance}, %n подія</numerusform>
                <numerusform>{name}, {stance}, %n події</numerusform>
                <numerusform>{name}, {stance}, %n подій</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountryPanel</name>
        <message>
            <source>Filter countries (Ctrl+L)</source>
            <translation>Фільтр країн (Ctrl+L)</translation>
        </message>
        <message>
            <source>Filter countries</source>
            <translation>Фільтр країн</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Країни</translation>
        </message>
    </context>
    <context>
        <name>DatabaseFiles</name>
        <message>
            <source>Cannot open the database</source>
            <translation>Не вдається відкрити базу даних</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Відкрити &amp;нещодавні</translation>
        </message>
        <message>
            <source>Reveal in File &amp;Manager</source>
            <translation>Показати у файловому &amp;менеджері</translation>
        </message>
        <message>
            <source>Open the folder that holds this database</source>
            <translation>Відкрити теку з цією базою даних</translation>
        </message>
        <message>
            <source>Your copy</source>
            <translation>Ваша копія</translation>
        </message>
        <message>
            <source>Open the bundled original (read-only)</source>
            <translation>Відкрити вбудований оригінал (лише читання)</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Сховати</translation>
        </message>
        <message>
            <source>Hide this note</source>
            <translation>Сховати цю примітку</translation>
        </message>
        <message>
            <source>Opened {0}: {1}.</source>
            <translation>Відкрито {0}: {1}.</translation>
        </message>
        <message>
            <source>Your copy of the bundled data; View ▸ Compare with Bundled</source>
            <translation>Ваша копія вбудованих даних; Вигляд ▸ Порівняти з вбудованими</translation>
        </message>
        <message>
            <source>Your copy of the bundled data, 1 change; View ▸ Compare with Bundled</source>
            <translation>Ваша копія вбудованих даних, 1 зміна; Вигляд ▸ Порівняти з вбудованими</translation>
        </message>
        <message>
            <source>Your copy of the bundled data, {0} changes; View ▸ Compare with Bundled</source>
            <translation>Ваша копія вбудованих даних, змін: {0}; Вигляд ▸ Порівняти з вбудованими</translation>
        </message>
        <message>
            <source> (your copy)</source>
            <translation> (ваша копія)</translation>
        </message>
        <message>
            <source> (bundled)</source>
            <translation> (вбудовані)</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Нещодавніх файлів немає</translation>
        </message>
        <message>
            <source>&amp;Clear the List</source>
            <translation>&amp;Очистити список</translation>
        </message>
        <message>
            <source>This database is in memory: it has no folder</source>
            <translation>Ця база даних у пам’яті: теки в неї немає</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>Відкрити базу даних</translation>
        </message>
        <message>
            <source>Ally Explorer databases (*.db);;All files (*)</source>
            <translation>Бази даних Ally Explorer (*.db);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Export CSV files to folder</source>
            <translation>Експортувати файли CSV у теку</translation>
        </message>
        <message>
            <source>Wrote {files} CSV files to {folder}</source>
            <translation>Записано файлів CSV: {files}, у {folder}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>Записано {path}</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Експорт не вдався</translation>
        </message>
        <message>
            <source>Could not write the file: {v0}.</source>
            <translation>Не вдалося записати файл: {v0}.</translation>
        </message>
    </context>
    <context>
        <name>DateBandKeys</name>
        <message>
            <source>Date filter: from {start} to {end}</source>
            <translation>Фільтр дат: з {start} до {end}</translation>
        </message>
        <message>
            <source>Date filter: from {start}</source>
            <translation>Фільтр дат: з {start}</translation>
        </message>
        <message>
            <source>Date filter: until {end}</source>
            <translation>Фільтр дат: до {end}</translation>
        </message>
        <message>
            <source>Date filter off</source>
            <translation>Фільтр дат вимкнено</translation>
        </message>
        <message>
            <source>[ and ]: the date filter starts or ends at the selected event; Backspace: no date filter</source>
            <translation>[ і ]: фільтр дат починається або закінчується на вибраній події; Backspace: без фільтра дат</translation>
        </message>
        <message>
            <source>Filter by a date range: drag the shaded band's edges, or Shift+drag on the timeline; from the keyboard, [ and ] on the timeline start and end it at the selected event</source>
            <translation>Фільтр за діапазоном дат: перетягніть краї затіненої смуги або перетягніть із Shift на хронології; з клавіатури [ і ] на хронології починають і закінчують його на вибраній події</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>e.g. early 2025, June 2024, 19 June 2024, 2022–2023</source>
            <translation>напр. early 2025, June 2024, 19 June 2024, 2022–2023</translation>
        </message>
        <message>
            <source>give the {which} of the window</source>
            <translation>укажіть {which} проміжку</translation>
        </message>
        <message>
            <source>the {which}: {e}</source>
            <translation>{which}: {e}</translation>
        </message>
    </context>
    <context>
        <name>DetailHtml</name>
        <message>
            <source>show all</source>
            <extracomment>One text of a page (a description, a quote, a note) shows at most this many characters until "show all" is asked for; longer runs without a space get a break opportunity every BREAK_EVERY characters. Without both, Qt took 73 s to lay out one 1,000,000-character word. BREAK_EVERY characters (an entity such as &amp;amp; counts as one) followed by another non-space: a zero-width space goes between them.</extracomment>
            <translation>показати все</translation>
        </message>
        <message>
            <source>{n} more characters not shown</source>
            <translation>не показано ще символів: {n}</translation>
        </message>
        <message>
            <source>No stance recorded</source>
            <extracomment>the theme's other colours (badges, chips, banners); the light theme by default (exports)</extracomment>
            <translation>Позицію не записано</translation>
        </message>
        <message>
            <source>an unnamed speaker</source>
            <translation>неназваний мовець</translation>
        </message>
        <message>
            <source>Quote from {who}: {words}</source>
            <translation>Цитата — {who}: {words}</translation>
        </message>
        <message>
            <source>Stance: {stance}, {when}</source>
            <translation>Позиція: {stance}, {when}</translation>
        </message>
        <message>
            <source>no date in the source; true by {day}</source>
            <translation>у джерелі немає дати; правдиво на {day}</translation>
        </message>
        <message>
            <source>Source {n}: {title}</source>
            <translation>Джерело {n}: {title}</translation>
        </message>
        <message>
            <source> according to {attribution}</source>
            <translation> за даними: {attribution}</translation>
        </message>
        <message>
            <source>&lt;span style='color:{muted}; font-size:small;'&gt;{confidence}{who} · source {v3}&lt;/span&gt;</source>
            <translation>&lt;span style='color:{muted}; font-size:small;'&gt;{confidence}{who} · джерело {v3}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>&lt;br&gt;&lt;span style='color:{muted}; font-size:small;'&gt;&lt;i&gt;Source text: “{excerpt}”&lt;/i&gt;&lt;/span&gt;</source>
            <translation>&lt;br&gt;&lt;span style='color:{muted}; font-size:small;'&gt;&lt;i&gt;Текст джерела: «{excerpt}»&lt;/i&gt;&lt;/span&gt;</translation>
        </message>
        <message>
            <source>No newer source: the stance is the last one reported</source>
            <translation>Новішого джерела немає: це остання відома позиція</translation>
        </message>
        <message>
            <source>no newer source</source>
            <translation>без новіших джерел</translation>
        </message>
        <message>
            <source>&lt;table width='100%' cellpadding='6' cellspacing='0' bgcolor='#FDE0C5'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Filters are hiding some entries&lt;/b&gt; ({filters_note}). &lt;a href='filters:clear'&gt;Show everything&lt;/a&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table width='100%' cellpadding='6' cellspacing='0' bgcolor='#FDE0C5'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Фільтри приховують деякі записи&lt;/b&gt; ({filters_note}). &lt;a href='filters:clear'&gt;Показати все&lt;/a&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source> &lt;span style='color:{muted};'&gt;since {v1}</source>
            <translation> &lt;span style='color:{muted};'&gt;з {v1}</translation>
        </message>
        <message>
            <source> (still current when last reported)&lt;/span&gt;</source>
            <translation> (чинна на час останнього повідомлення)&lt;/span&gt;</translation>
        </message>
        <message>
            <source> &lt;span style='color:{muted};'&gt;· as of {as_of}&lt;/span&gt;</source>
            <translation> &lt;span style='color:{muted};'&gt;· станом на {as_of}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>&lt;p style='margin-top:8px;'&gt;&lt;i&gt;“{headline}”&lt;/i&gt; &lt;span style='color:{muted}; font-size:small;'&gt;— the article's heading · {v2}&lt;/span&gt;&lt;/p&gt;</source>
            <translation>&lt;p style='margin-top:8px;'&gt;&lt;i&gt;“{headline}”&lt;/i&gt; &lt;span style='color:{muted}; font-size:small;'&gt;— заголовок статті · {v2}&lt;/span&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Alignment with Russia over time</source>
            <translation>Позиція щодо Росії з часом</translation>
        </message>
        <message>
            <source> &lt;i&gt;(still current when reported)&lt;/i&gt;</source>
            <translation> &lt;i&gt;(чинна на час повідомлення)&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Ключові показники</translation>
        </message>
        <message>
            <source>&lt;table cellspacing='0' cellpadding='4' width='100%'&gt;&lt;tr style='color:{muted};'&gt;&lt;td&gt;What&lt;/td&gt;&lt;td&gt;Value&lt;/td&gt;&lt;td&gt;When&lt;/td&gt;&lt;td&gt;How sure · who says&lt;/td&gt;&lt;/tr&gt;</source>
            <translation>&lt;table cellspacing='0' cellpadding='4' width='100%'&gt;&lt;tr style='color:{muted};'&gt;&lt;td&gt;Що&lt;/td&gt;&lt;td&gt;Значення&lt;/td&gt;&lt;td&gt;Коли&lt;/td&gt;&lt;td&gt;Певність · хто стверджує&lt;/td&gt;&lt;/tr&gt;</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Події</translation>
        </message>
        <message>
            <source>&lt;p style='color:{muted};'&gt;No events recorded.&lt;/p&gt;</source>
            <translation>&lt;p style='color:{muted};'&gt;Подій не записано.&lt;/p&gt;</translation>
        </message>
        <message>
            <source> &lt;span style='color:{muted}; font-size:small;'&gt;· also {links}&lt;/span&gt;</source>
            <translation> &lt;span style='color:{muted}; font-size:small;'&gt;· також {links}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>&lt;p style='color:{muted};'&gt;Showing the first {events:,} of {event_total:,} events. &lt;a href='more:events'&gt;Show {MORE_STEP:,} more&lt;/a&gt; · or narrow them with the filters or the timeline's date filter.&lt;/p&gt;</source>
            <translation>&lt;p style='color:{muted};'&gt;Показано перші {events:,} з {event_total:,} подій. &lt;a href='more:events'&gt;Показати ще {MORE_STEP:,}&lt;/a&gt; · або звузьте їх фільтрами чи фільтром дат на хронології.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>In their words</source>
            <translation>Їхніми словами</translation>
        </message>
        <message>
            <source>&lt;p style='color:{muted};'&gt;Showing the first {statements:,} of {statement_total:,} quotes. &lt;a href='more:statements'&gt;Show more&lt;/a&gt;&lt;/p&gt;</source>
            <translation>&lt;p style='color:{muted};'&gt;Показано перші {statements:,} з {statement_total:,} цитат. &lt;a href='more:statements'&gt;Показати більше&lt;/a&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Джерела</translation>
        </message>
        <message>
            <source>&lt;i&gt;speaker not named&lt;/i&gt;</source>
            <translation>&lt;i&gt;мовця не названо&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Who stands with Russia in 2025?&lt;/h2&gt;&lt;p&gt;{countries:,} countries, {events:,} dated events and {quotes:,} quotes, each with its source and how sure it is. Choose a country on the left, click an event on the timeline, or search (Ctrl+F).&lt;/p&gt;&lt;h3&gt;Stances&lt;/h3&gt;&lt;table cellpadding='3'&gt;</source>
            <translation>&lt;h2&gt;Хто на боці Росії у 2025 році?&lt;/h2&gt;&lt;p&gt;Країн: {countries:,}, датованих подій: {events:,}, цитат: {quotes:,} — кожна з джерелом і мірою певності. Виберіть країну ліворуч, клацніть подію на хронології або скористайтеся пошуком (Ctrl+F).&lt;/p&gt;&lt;h3&gt;Позиції&lt;/h3&gt;&lt;table cellpadding='3'&gt;</translation>
        </message>
        <message>
            <source>&lt;/table&gt;&lt;h3&gt;How sure&lt;/h3&gt;&lt;table cellpadding='3'&gt;</source>
            <translation>&lt;/table&gt;&lt;h3&gt;Певність&lt;/h3&gt;&lt;table cellpadding='3'&gt;</translation>
        </message>
        <message>
            <source>&lt;/table&gt;&lt;h3&gt;Event categories&lt;/h3&gt;&lt;p&gt;{categories}&lt;/p&gt;</source>
            <translation>&lt;/table&gt;&lt;h3&gt;Категорії подій&lt;/h3&gt;&lt;p&gt;{categories}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Details</source>
            <translation>Подробиці</translation>
        </message>
        <message>
            <source>The selected country's summary, events and quotes; Left and Right walk the links, Enter follows one</source>
            <translation>Огляд, події й цитати вибраної країни; стрілки ліворуч і праворуч переходять між посиланнями, Enter відкриває посилання</translation>
        </message>
        <message>
            <source>Link: %1</source>
            <extracomment>Called with the context menu and the item under the mouse (or None) before it shows. A description of the active facet filters, shown as a banner; None when there are none. Long texts are cut (``bound_html``) until "show all" is clicked, for this country.</extracomment>
            <translation>Посилання: %1</translation>
        </message>
    </context>
    <context>
        <name>Editing</name>
        <message>
            <source>&amp;Event…</source>
            <translation>&amp;Подію…</translation>
        </message>
        <message>
            <source>&amp;Quote…</source>
            <translation>&amp;Цитату…</translation>
        </message>
        <message>
            <source>&amp;Country…</source>
            <translation>&amp;Країну…</translation>
        </message>
        <message>
            <source>&amp;Alignment…</source>
            <translation>По&amp;зицію…</translation>
        </message>
        <message>
            <source>&amp;Key Figure…</source>
            <translation>К&amp;лючовий показник…</translation>
        </message>
        <message>
            <source>&amp;Source…</source>
            <translation>&amp;Джерело…</translation>
        </message>
        <message>
            <source>&amp;Person…</source>
            <translation>&amp;Особу…</translation>
        </message>
        <message numerus="yes">
            <source>
… and %n more (see Details)</source>
            <translation>
                <numerusform>
… і ще %n (див. подробиці)</numerusform>
                <numerusform>
… і ще %n (див. подробиці)</numerusform>
                <numerusform>
… і ще %n (див. подробиці)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditingController</name>
        <message>
            <source>Could not save</source>
            <translation>Не вдалося зберегти</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторити</translation>
        </message>
        <message>
            <source>Add an event (for the selected country, if one is)</source>
            <translation>Додати подію (для вибраної країни, якщо її вибрано)</translation>
        </message>
        <message>
            <source>&amp;Edit Selected…</source>
            <translation>&amp;Редагувати вибране…</translation>
        </message>
        <message>
            <source>Edit the selected entry</source>
            <translation>Редагувати вибраний запис</translation>
        </message>
        <message>
            <source>&amp;Delete Selected</source>
            <translation>&amp;Видалити вибране</translation>
        </message>
        <message>
            <source>Delete the selected entry (asks first when others go with it)</source>
            <translation>Видалити вибраний запис (спершу запитує, якщо разом із ним зникнуть інші)</translation>
        </message>
        <message>
            <source>History of This &amp;Entry…</source>
            <translation>Історія цього &amp;запису…</translation>
        </message>
        <message>
            <source>Every saved change to the selected entry</source>
            <translation>Кожна збережена зміна вибраного запису</translation>
        </message>
        <message>
            <source>Undo &amp;History…</source>
            <translation>Історія с&amp;касувань…</translation>
        </message>
        <message>
            <source>This session's changes; click one to go back to it</source>
            <translation>Зміни цього сеансу; клацніть одну, щоб повернутися до неї</translation>
        </message>
        <message>
            <source>&amp;People…</source>
            <translation>&amp;Особи…</translation>
        </message>
        <message>
            <source>&amp;Sources…</source>
            <translation>&amp;Джерела…</translation>
        </message>
        <message>
            <source>&amp;New Database…</source>
            <translation>&amp;Нова база даних…</translation>
        </message>
        <message>
            <source>Start an empty database</source>
            <translation>Почати порожню базу даних</translation>
        </message>
        <message>
            <source>Save a &amp;Copy As…</source>
            <translation>Зберегти &amp;копію як…</translation>
        </message>
        <message>
            <source>Write a copy of this database to another file</source>
            <translation>Записати копію цієї бази даних в інший файл</translation>
        </message>
        <message>
            <source>&amp;Restore the Bundled Dataset…</source>
            <translation>&amp;Відновити вбудований набір даних…</translation>
        </message>
        <message>
            <source>Start over from the dataset that ships with the app</source>
            <translation>Почати знову з набору даних, що постачається із застосунком</translation>
        </message>
        <message>
            <source>Restore &amp;Backup…</source>
            <translation>Відновити &amp;резервну копію…</translation>
        </message>
        <message>
            <source>The automatic backups of your copy: go back to one</source>
            <translation>Автоматичні резервні копії вашої копії: поверніться до однієї з них</translation>
        </message>
        <message>
            <source>Compare with &amp;Bundled…</source>
            <translation>Порівняти з &amp;вбудованими…</translation>
        </message>
        <message>
            <source>What differs between this file and the bundled data; revert entries</source>
            <translation>Чим цей файл відрізняється від вбудованих даних; повернення записів</translation>
        </message>
        <message>
            <source>&amp;Import JSON…</source>
            <translation>&amp;Імпортувати JSON…</translation>
        </message>
        <message>
            <source>Add or replace entries from a JSON export</source>
            <translation>Додати або замінити записи з експорту JSON</translation>
        </message>
        <message>
            <source>&amp;Lock Editing</source>
            <translation>&amp;Заблокувати редагування</translation>
        </message>
        <message>
            <source>Hide every editing action (classroom use)</source>
            <translation>Сховати всі дії редагування (для класу)</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Створити</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Додати</translation>
        </message>
        <message>
            <source>Started with --read-only</source>
            <translation>Запущено з --read-only</translation>
        </message>
        <message>
            <source>Where should edits go?</source>
            <translation>Куди зберігати зміни?</translation>
        </message>
        <message>
            <source>This database cannot be changed in place, and you already have an edited copy.</source>
            <translation>Цю базу даних не можна змінювати на місці, а у вас уже є відредагована копія.</translation>
        </message>
        <message>
            <source>Your copy: {dest}

Edit your copy, or replace it with a fresh copy of this database?</source>
            <translation>Ваша копія: {dest}

Редагувати вашу копію чи замінити її свіжою копією цієї бази даних?</translation>
        </message>
        <message>
            <source>Edit My Copy</source>
            <translation>Редагувати мою копію</translation>
        </message>
        <message>
            <source>Replace It</source>
            <translation>Замінити її</translation>
        </message>
        <message>
            <source>Your edits are saved in a copy</source>
            <translation>Ваші зміни зберігаються в копії</translation>
        </message>
        <message>
            <source>The bundled dataset stays unchanged; your edits are saved as you make them in

{dest}

View ▸ Compare with Bundled shows what you changed and reverts it; File ▸ Restore Backup goes back to an earlier state; File ▸ Restore the Bundled Dataset starts over from the original.</source>
            <translation>Вбудований набір даних лишається незмінним; ваші зміни зберігаються одразу в

{dest}

Вигляд ▸ Порівняти з вбудованими показує, що ви змінили, і повертає це; Файл ▸ Відновити резервну копію повертає до попереднього стану; Файл ▸ Відновити вбудований набір даних починає знову з оригіналу.</translation>
        </message>
        <message>
            <source>Editing your copy: {dest}</source>
            <translation>Редагується ваша копія: {dest}</translation>
        </message>
        <message>
            <source>{0} saved changes</source>
            <translation>збережених змін: {0}</translation>
        </message>
        <message>
            <source>your edits</source>
            <translation>ваші зміни</translation>
        </message>
        <message>
            <source>Replace your copy?</source>
            <translation>Замінити вашу копію?</translation>
        </message>
        <message>
            <source>Replace your copy, which holds {0}, with a fresh copy of this database?</source>
            <translation>Замінити вашу копію, у якій {0}, свіжою копією цієї бази даних?</translation>
        </message>
        <message>
            <source>A backup of your copy is made first: File ▸ Restore Backup brings it back.</source>
            <translation>Спершу створюється резервна копія вашої копії: Файл ▸ Відновити резервну копію поверне її.</translation>
        </message>
        <message>
            <source>Back Up and Replace</source>
            <translation>Зберегти копію й замінити</translation>
        </message>
        <message>
            <source>No backup, nothing changed</source>
            <translation>Резервної копії немає, нічого не змінено</translation>
        </message>
        <message>
            <source>Could not make a backup first, so nothing was changed: {0}</source>
            <translation>Не вдалося спершу створити резервну копію, тому нічого не змінено: {0}</translation>
        </message>
        <message>
            <source>Cannot make an editable copy</source>
            <translation>Не вдається створити копію для редагування</translation>
        </message>
        <message>
            <source>Could not write {dest}: {e}</source>
            <translation>Не вдалося записати {dest}: {e}</translation>
        </message>
        <message>
            <source>That {label} no longer exists</source>
            <translation>Такого запису ({label}) більше немає</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Не вдається видалити</translation>
        </message>
        <message>
            <source>Nothing is selected to delete: click an entry first</source>
            <translation>Нічого не вибрано для видалення: спершу клацніть запис</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не збережено</translation>
        </message>
        <message>
            <source>The entry was not saved:
{lines}</source>
            <translation>Запис не збережено:
{lines}</translation>
        </message>
        <message>
            <source>The change could not be saved: {e}
The database is unchanged.</source>
            <translation>Не вдалося зберегти зміну: {e}
Базу даних не змінено.</translation>
        </message>
        <message>
            <source>Show on Timeline</source>
            <translation>Показати на хронології</translation>
        </message>
        <message>
            <source>Copy with Citation</source>
            <translation>Копіювати з посиланням</translation>
        </message>
        <message>
            <source>Show Source</source>
            <translation>Показати джерело</translation>
        </message>
        <message>
            <source>Edit {v0}…</source>
            <translation>Редагувати: {v0}…</translation>
        </message>
        <message>
            <source>Delete {v0}</source>
            <translation>Видалити: {v0}</translation>
        </message>
        <message>
            <source>History of This {v0}…</source>
            <translation>Історія запису: {v0}…</translation>
        </message>
        <message>
            <source>Add Event</source>
            <translation>Додати подію</translation>
        </message>
        <message>
            <source>Add Quote</source>
            <translation>Додати цитату</translation>
        </message>
        <message>
            <source>Add Key Figure</source>
            <translation>Додати ключовий показник</translation>
        </message>
        <message>
            <source>Add Alignment Period</source>
            <translation>Додати період позиції</translation>
        </message>
        <message>
            <source>{text} for {name}…</source>
            <translation>{text}: {name}…</translation>
        </message>
        <message>
            <source>Edit {name}…</source>
            <translation>Редагувати {name}…</translation>
        </message>
        <message>
            <source>Unattributed</source>
            <translation>Без автора</translation>
        </message>
        <message>
            <source>Stance: {stance} ({date_label})</source>
            <translation>Позиція: {stance} ({date_label})</translation>
        </message>
        <message>
            <source>, according to {attribution}</source>
            <translation>, за даними: {attribution}</translation>
        </message>
        <message>
            <source>{claim} [{how}] Source: {cited}</source>
            <translation>{claim} [{how}] Джерело: {cited}</translation>
        </message>
        <message>
            <source>Copied the claim with its citation</source>
            <translation>Твердження скопійовано з посиланням</translation>
        </message>
        <message>
            <source>Undo History</source>
            <translation>Історія скасувань</translation>
        </message>
        <message>
            <source>Opened the database</source>
            <translation>Відкрито базу даних</translation>
        </message>
        <message>
            <source>Click a step to go back to it; everything after it can be redone.</source>
            <translation>Клацніть крок, щоб повернутися до нього; усе після нього можна буде повторити.</translation>
        </message>
        <message>
            <source>History of {label} ‘{v1}’</source>
            <translation>Історія: {label} «{v1}»</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Коли (UTC)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Зміна</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>До</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Після</translation>
        </message>
        <message numerus="yes">
            <source>%n saved change(s).</source>
            <translation>
                <numerusform>%n збережена зміна.</numerusform>
                <numerusform>%n збережені зміни.</numerusform>
                <numerusform>%n збережених змін.</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes were recorded for this entry: it is as the dataset was built.</source>
            <translation>Для цього запису змін не записано: він такий, яким був у зібраному наборі даних.</translation>
        </message>
        <message>
            <source>New Database</source>
            <translation>Нова база даних</translation>
        </message>
        <message>
            <source>Ally Explorer databases (*.db)</source>
            <translation>Бази даних Ally Explorer (*.db)</translation>
        </message>
        <message>
            <source>Cannot create</source>
            <translation>Не вдається створити</translation>
        </message>
        <message>
            <source>Could not replace {target}: {v1}</source>
            <translation>Не вдалося замінити {target}: {v1}</translation>
        </message>
        <message>
            <source>Save a Copy As</source>
            <translation>Зберегти копію як</translation>
        </message>
        <message>
            <source>Save a Copy</source>
            <translation>Зберегти копію</translation>
        </message>
        <message>
            <source>Choose a different file from the one that is open.</source>
            <translation>Виберіть інший файл, ніж той, що відкритий.</translation>
        </message>
        <message>
            <source>Saved a copy to {path}</source>
            <translation>Копію збережено в {path}</translation>
        </message>
        <message>
            <source>Restore the bundled dataset</source>
            <translation>Відновити вбудований набір даних</translation>
        </message>
        <message>
            <source>Replace your edited copy ({dest}) with the dataset that ships with Ally Explorer?
A backup of your copy is made first: File ▸ Restore Backup brings your edits back.</source>
            <translation>Замінити вашу відредаговану копію ({dest}) набором даних, що постачається з Ally Explorer?
Спершу створюється резервна копія вашої копії: Файл ▸ Відновити резервну копію поверне ваші зміни.</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>Не вдається відновити</translation>
        </message>
        <message>
            <source>Could not write {dest}: {v1}</source>
            <translation>Не вдалося записати {dest}: {v1}</translation>
        </message>
        <message>
            <source>Import JSON</source>
            <translation>Імпорт JSON</translation>
        </message>
        <message>
            <source>JSON (*.json);;All files (*)</source>
            <translation>JSON (*.json);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Add the file's entries to this database, or replace everything in it?</source>
            <translation>Додати записи з файлу до цієї бази даних чи замінити в ній усе?</translation>
        </message>
        <message>
            <source>Either way the whole file is checked first and nothing changes unless all of it is valid. An import cannot be undone; before replacing, a backup is made (File ▸ Restore Backup).</source>
            <translation>У будь-якому разі спершу перевіряється весь файл, і нічого не змінюється, якщо він не цілком правильний. Імпорт не можна скасувати; перед заміною створюється резервна копія (Файл ▸ Відновити резервну копію).</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Додати</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Замінити</translation>
        </message>
        <message>
            <source>Import refused</source>
            <translation>Імпорт відхилено</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problem(s) in {name}.</source>
            <translation>
                <numerusform>Нічого не імпортовано: %n проблема в {name}.</numerusform>
                <numerusform>Нічого не імпортовано: %n проблеми в {name}.</numerusform>
                <numerusform>Нічого не імпортовано: %n проблем у {name}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Імпорт не вдався</translation>
        </message>
        <message>
            <source>Nothing was imported: {e}</source>
            <translation>Нічого не імпортовано: {e}</translation>
        </message>
        <message>
            <source>Imported {counts}</source>
            <translation>Імпортовано: {counts}</translation>
        </message>
    </context>
    <context>
        <name>EntityDialog</name>
        <message>
            <source>Required</source>
            <extracomment>The tallest a dialog may open, so it fits a 1366×768 screen with a title bar and a task bar.</extracomment>
            <translation>Обов’язкове</translation>
        </message>
        <message>
            <source>The key of an existing entry cannot be changed.</source>
            <translation>Ключ наявного запису змінити не можна.</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Поля</translation>
        </message>
        <message>
            <source>Fields in bold are required. Point at a field for help.</source>
            <translation>Поля, виділені жирним, обов’язкові. Наведіть на поле, щоб побачити підказку.</translation>
        </message>
        <message>
            <source>Add {label}</source>
            <translation>Додати: {label}</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Зберегти зміни</translation>
        </message>
        <message>
            <source>“{new_id}” is already taken (by {name})</source>
            <translation>«{new_id}» уже зайнято ({name})</translation>
        </message>
        <message>
            <source>Still needed: {fields}.</source>
            <translation>Ще потрібно: {fields}.</translation>
        </message>
        <message>
            <source>To correct: {fields}.</source>
            <translation>Виправити: {fields}.</translation>
        </message>
        <message>
            <source>Edit {label} ‘{title}’</source>
            <translation>Редагувати: {label} «{title}»</translation>
        </message>
        <message>
            <source>Edit {label}</source>
            <translation>Редагувати: {label}</translation>
        </message>
        <message>
            <source>{title} (made from the {v1})</source>
            <translation>{title} (утворено з поля «{v1}»)</translation>
        </message>
        <message>
            <source>left empty, it is made from the {v0}</source>
            <translation>якщо лишити порожнім, утвориться з поля «{v0}»</translation>
        </message>
    </context>
    <context>
        <name>EntityListDialog</name>
        <message>
            <source>Add {v0}…</source>
            <translation>Додати: {v0}…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Редагувати…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Видалити</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрити</translation>
        </message>
    </context>
    <context>
        <name>EnumCombo</name>
        <message>
            <source>Choose…</source>
            <translation>Вибрати…</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>{app_name}: something went wrong</source>
            <extracomment>(summary, details) of an error raised in another thread, shown by the GUI thread. (summary, details) after an error was logged (and shown, if it could be).</extracomment>
            <translation>{app_name}: щось пішло не так</translation>
        </message>
        <message>
            <source>Something went wrong: {summary}</source>
            <translation>Щось пішло не так: {summary}</translation>
        </message>
        <message>
            <source>You can keep working. What was saved before is safe; the action you were doing may not have finished.

The details are in the log folder:
{log_dir}</source>
            <translation>Можна працювати далі. Збережене раніше в безпеці; дія, яку ви виконували, могла не завершитися.

Подробиці — у теці журналів:
{log_dir}</translation>
        </message>
        <message>
            <source>Copy Details</source>
            <translation>Копіювати подробиці</translation>
        </message>
        <message>
            <source>Show Log Folder</source>
            <translation>Показати теку журналів</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Продовжити</translation>
        </message>
    </context>
    <context>
        <name>EventsTable</name>
        <message>
            <source>Events</source>
            <translation>Події</translation>
        </message>
        <message>
            <source>Every event passing the filters, in date order. Up and Down select an event on the timeline; Enter opens it.</source>
            <translation>Усі події, що проходять фільтри, за датою. Стрілки вгору й вниз вибирають подію на хронології; Enter відкриває її.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) in date order</source>
            <extracomment>Each column's share of the table's width (date, title, countries, category, confidence).</extracomment>
            <translation>
                <numerusform>%n подія за датою</numerusform>
                <numerusform>%n події за датою</numerusform>
                <numerusform>%n подій за датою</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n event(s) in date order (the filters hide the others)</source>
            <translation>
                <numerusform>{shown} з %n події за датою (решту приховують фільтри)</numerusform>
                <numerusform>{shown} з %n подій за датою (решту приховують фільтри)</numerusform>
                <numerusform>{shown} з %n подій за датою (решту приховують фільтри)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Events Table</source>
            <translation>&amp;Таблиця подій</translation>
        </message>
        <message>
            <source>Every event in date order, as a table the keyboard walks</source>
            <translation>Усі події за датою — таблиця, якою можна пересуватися з клавіатури</translation>
        </message>
    </context>
    <context>
        <name>ExplorerState</name>
        <message>
            <source>No country {country} in this database</source>
            <extracomment>``table.column`` of each value changed (``db.facets.changed_columns``); None: not known.</extracomment>
            <translation>Країни {country} у цій базі даних немає</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Who stands with Russia in 2025</source>
            <extracomment>Pictures are laid out at about this many logical pixels and scaled up to the requested size, so a bigger picture is sharper, not smaller-printed. The PDF is laid out in CSS pixels (96 per inch), like the screen, so the detail pane's HTML (cell widths and paddings in pixels) keeps its proportions on paper.</extracomment>
            <translation>Хто на боці Росії у 2025 році</translation>
        </message>
        <message>
            <source>{TITLE}: events over time</source>
            <translation>{TITLE}: події в часі</translation>
        </message>
        <message>
            <source>Russia: its own events over time</source>
            <translation>Росія: її власні події в часі</translation>
        </message>
        <message>
            <source>{name} and Russia: events over time</source>
            <translation>{name} і Росія: події в часі</translation>
        </message>
        <message>
            <source>Event:</source>
            <translation>Подія:</translation>
        </message>
        <message>
            <source>window of a vague date</source>
            <translation>проміжок неточної дати</translation>
        </message>
        <message>
            <source>Stance:</source>
            <translation>Позиція:</translation>
        </message>
        <message>
            <source>made {day} with Ally Explorer</source>
            <translation>створено {day} в Ally Explorer</translation>
        </message>
        <message>
            <source>Source: “{title}”</source>
            <translation>Джерело: «{title}»</translation>
        </message>
        <message>
            <source>cannot write {path}: pictures are written as .png, .jpg or .bmp, not {suffix}.</source>
            <extracomment>Picture formats written by the name's ending; a name without one gets a PNG.</extracomment>
            <translation>не вдається записати {path}: зображення записуються як .png, .jpg або .bmp, а не {suffix}.</translation>
        </message>
        <message>
            <source>could not write {path}: the picture could not be encoded as {fmt}.</source>
            <translation>не вдалося записати {path}: зображення не вдалося закодувати як {fmt}.</translation>
        </message>
        <message>
            <source>Made with Ally Explorer from “{title}”.</source>
            <translation>Створено в Ally Explorer за джерелом «{title}».</translation>
        </message>
        <message>
            <source>Made with Ally Explorer.</source>
            <translation>Створено в Ally Explorer.</translation>
        </message>
        <message>
            <source>a picture must be between 16 and 20000 pixels wide and high, not {w}x{h}</source>
            <translation>ширина й висота зображення мають бути від 16 до 20000 пікселів, а не {w}x{h}</translation>
        </message>
        <message>
            <source>{name} and Russia: events, key figures and quotes, each with its source</source>
            <translation>{name} і Росія: події, ключові показники й цитати, кожна з джерелом</translation>
        </message>
        <message numerus="yes">
            <source>%n countries and Russia: events, key figures and quotes, each with its source</source>
            <translation>
                <numerusform>%n країна і Росія: події, ключові показники й цитати, кожна з джерелом</numerusform>
                <numerusform>%n країни і Росія: події, ключові показники й цитати, кожна з джерелом</numerusform>
                <numerusform>%n країн і Росія: події, ключові показники й цитати, кожна з джерелом</numerusform>
            </translation>
        </message>
        <message>
            <source>the article</source>
            <translation>статті</translation>
        </message>
        <message>
            <source>the source</source>
            <translation>джерела</translation>
        </message>
        <message>
            <source>Every fact and quote comes from {named} {cite}.</source>
            <translation>Кожен факт і кожна цитата взяті зі {named} {cite}.</translation>
        </message>
        <message>
            <source>Facts and quotes come from {named} {cite} and the other sources listed at the end.</source>
            <translation>Факти й цитати взяті зі {named} {cite} та інших джерел, перелічених наприкінці.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Source.&lt;/b&gt; {where} Titles, descriptions and summaries are written in our own words; quotes are verbatim.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Джерело.&lt;/b&gt; {where} Назви, описи й підсумки написано нашими словами; цитати наведено дослівно (мовою оригіналу).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Handout made on {day} with Ally Explorer {version} from {file}.</source>
            <translation>Роздатковий матеріал створено {day} в Ally Explorer {version} з {file}.</translation>
        </message>
        <message>
            <source>an in-memory dataset</source>
            <translation>набору даних у пам’яті</translation>
        </message>
        <message>
            <source>The country</source>
            <translation>Країна</translation>
        </message>
        <message>
            <source>The countries</source>
            <translation>Країни</translation>
        </message>
        <message>
            <source>Stance: the country's standing with Russia when the article was written.</source>
            <translation>Позиція: ставлення країни до Росії на час написання статті.</translation>
        </message>
        <message>
            <source>How to read this handout</source>
            <translation>Як читати цей матеріал</translation>
        </message>
        <message>
            <source>Every claim ends with how sure the source is, who says so, and a numbered citation such as {cite}; the sources are listed on the last page.</source>
            <translation>Кожне твердження закінчується мірою певності джерела, тим, хто це стверджує, і номером посилання, як-от {cite}; джерела перелічено на останній сторінці.</translation>
        </message>
        <message>
            <source>Stances, from closest to Russia to furthest:</source>
            <translation>Позиції, від найближчої до Росії до найдальшої:</translation>
        </message>
        <message>
            <source>&lt;i&gt;speaker not named&lt;/i&gt;</source>
            <translation>&lt;i&gt;мовця не названо&lt;/i&gt;</translation>
        </message>
        <message>
            <source> &lt;span style='color:{muted};'&gt;since {v1}</source>
            <translation> &lt;span style='color:{muted};'&gt;з {v1}</translation>
        </message>
        <message>
            <source> (still current when last reported)&lt;/span&gt;</source>
            <translation> (чинна на час останнього повідомлення)&lt;/span&gt;</translation>
        </message>
        <message>
            <source>&lt;p style='margin-top:8px;'&gt;&lt;i&gt;“{headline}”&lt;/i&gt; &lt;span style='color:{muted};'&gt;— the article's heading for {name}{cite_main}&lt;/span&gt;&lt;/p&gt;</source>
            <translation>&lt;p style='margin-top:8px;'&gt;&lt;i&gt;“{headline}”&lt;/i&gt; &lt;span style='color:{muted};'&gt;— заголовок статті про {name}{cite_main}&lt;/span&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Підсумок</translation>
        </message>
        <message>
            <source>Alignment with Russia over time</source>
            <translation>Позиція щодо Росії з часом</translation>
        </message>
        <message>
            <source> &lt;i&gt;(still current when reported)&lt;/i&gt;</source>
            <translation> &lt;i&gt;(чинна на час повідомлення)&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Ключові показники</translation>
        </message>
        <message>
            <source>&lt;table cellspacing='0' cellpadding='4' width='100%' border='0'&gt;&lt;thead&gt;&lt;tr style='color:{muted};'&gt;&lt;td&gt;What&lt;/td&gt;&lt;td&gt;Value&lt;/td&gt;&lt;td&gt;When&lt;/td&gt;&lt;td&gt;How sure · who says&lt;/td&gt;&lt;/tr&gt;&lt;/thead&gt;</source>
            <translation>&lt;table cellspacing='0' cellpadding='4' width='100%' border='0'&gt;&lt;thead&gt;&lt;tr style='color:{muted};'&gt;&lt;td&gt;Що&lt;/td&gt;&lt;td&gt;Значення&lt;/td&gt;&lt;td&gt;Коли&lt;/td&gt;&lt;td&gt;Певність · хто стверджує&lt;/td&gt;&lt;/tr&gt;&lt;/thead&gt;</translation>
        </message>
        <message>
            <source>Events, in date order</source>
            <translation>Події за датою</translation>
        </message>
        <message>
            <source>&lt;p style='color:{muted};'&gt;No events recorded.&lt;/p&gt;</source>
            <translation>&lt;p style='color:{muted};'&gt;Подій не записано.&lt;/p&gt;</translation>
        </message>
        <message>
            <source> &lt;span style='color:{muted};'&gt;· with {with_}&lt;/span&gt;</source>
            <translation> &lt;span style='color:{muted};'&gt;· разом із {with_}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>In their words</source>
            <translation>Їхніми словами</translation>
        </message>
        <message>
            <source>&lt;p style='font-size:16pt; font-weight:700; margin-top:28px;'&gt;Sources&lt;/p&gt;&lt;p style='color:{MUTED};'&gt;The numbers in square brackets throughout this handout refer to these sources.&lt;/p&gt;</source>
            <translation>&lt;p style='font-size:16pt; font-weight:700; margin-top:28px;'&gt;Джерела&lt;/p&gt;&lt;p style='color:{MUTED};'&gt;Числа у квадратних дужках у цьому матеріалі посилаються на ці джерела.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>Сторінка {number} з {total}</translation>
        </message>
        <message>
            <source>all countries</source>
            <translation>усі країни</translation>
        </message>
        <message>
            <source>{title} · {subject} · made {day}</source>
            <translation>{title} · {subject} · створено {day}</translation>
        </message>
        <message>
            <source>Each row is a country; Russia's own events are on the top row. A marker is an event: its colour is the category, filled when confirmed, hollow when only reported, claimed or disputed. A bar shows the window of days a vague date allows. The background band is the country's stance toward Russia.</source>
            <translation>Кожен рядок — країна; власні події Росії — у верхньому рядку. Позначка — це подія: її колір — категорія, заповнена, якщо підтверджено, порожня, якщо лише за повідомленнями, заявлено або спірно. Смуга показує проміжок днів, який допускає неточна дата. Фонова смуга — позиція країни щодо Росії.</translation>
        </message>
        <message>
            <source> The highlighted row is {name}.</source>
            <translation> Виділений рядок — {name}.</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Зображення PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG image (*.svg)</source>
            <translation>Зображення SVG (*.svg)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export {what}</source>
            <translation>Експорт: {what}</translation>
        </message>
        <message numerus="yes">
            <source>{path} (%n page(s))</source>
            <translation>
                <numerusform>{path} (%n сторінка)</numerusform>
                <numerusform>{path} (%n сторінки)</numerusform>
                <numerusform>{path} (%n сторінок)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Експорт не вдався</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>Записано {path}</translation>
        </message>
        <message>
            <source>Export Timeline as &amp;PNG…</source>
            <translation>Експортувати хронологію як &amp;PNG…</translation>
        </message>
        <message>
            <source>The timeline as a picture, at a size you choose</source>
            <translation>Хронологія як зображення вибраного розміру</translation>
        </message>
        <message>
            <source>Export Timeline as &amp;SVG…</source>
            <translation>Експортувати хронологію як &amp;SVG…</translation>
        </message>
        <message>
            <source>The timeline as a scalable drawing</source>
            <translation>Хронологія як масштабований рисунок</translation>
        </message>
        <message>
            <source>Export &amp;Handout (PDF)…</source>
            <translation>Експортувати &amp;роздатковий матеріал (PDF)…</translation>
        </message>
        <message>
            <source>A printable handout: the selected country, or all</source>
            <translation>Роздатковий матеріал для друку: вибрана країна або всі</translation>
        </message>
    </context>
    <context>
        <name>FacetPanel</name>
        <message>
            <source>Category (events)</source>
            <translation>Категорія (події)</translation>
        </message>
        <message>
            <source>How sure</source>
            <translation>Певність</translation>
        </message>
        <message>
            <source>Who says so</source>
            <translation>Хто стверджує</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Країна</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Очистити все</translation>
        </message>
        <message>
            <source>Show everything again</source>
            <translation>Знову показати все</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Від</translation>
        </message>
        <message>
            <source>To</source>
            <translation>До</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Від дати</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>До дати</translation>
        </message>
        <message>
            <source>Confirmed only</source>
            <translation>Лише підтверджене</translation>
        </message>
        <message>
            <source>Hide reported, claimed and disputed items everywhere</source>
            <translation>Сховати всюди записи «за повідомленнями», «заявлено» і «спірно»</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Фільтри</translation>
        </message>
        <message>
            <source>Space ticks a value; each shows how many entries it has. Up from the top and Down from the bottom go on to the panel's other controls; Tab leaves the panel</source>
            <translation>Пробіл позначає значення; біля кожного — скільки в нього записів. Вгору з першого рядка і вниз з останнього ведуть до інших елементів панелі; Tab виходить із панелі</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dates&lt;/b&gt; (windows that overlap)</source>
            <translation>&lt;b&gt;Дати&lt;/b&gt; (перетин проміжків)</translation>
        </message>
        <message>
            <source>The source itself</source>
            <translation>Саме джерело</translation>
        </message>
        <message>
            <source>{v0:,} claims ({v1:,} events) shown</source>
            <translation>Показано тверджень: {v0:,} (подій: {v1:,})</translation>
        </message>
        <message numerus="yes">
            <source>%n filter(s) active</source>
            <translation>
                <numerusform>%n фільтр активний</numerusform>
                <numerusform>%n фільтри активні</numerusform>
                <numerusform>%n фільтрів активні</numerusform>
            </translation>
        </message>
        <message>
            <source>No filters · {shown}</source>
            <translation>Без фільтрів · {shown}</translation>
        </message>
        <message>
            <source>No filters</source>
            <translation>Без фільтрів</translation>
        </message>
    </context>
    <context>
        <name>FieldEditors</name>
        <message>
            <source>(none)</source>
            <translation>(немає)</translation>
        </message>
    </context>
    <context>
        <name>FilterStatus</name>
        <message numerus="yes">
            <source>%n filter(s) active — click to clear</source>
            <translation>
                <numerusform>%n фільтр активний — клацніть, щоб очистити</numerusform>
                <numerusform>%n фільтри активні — клацніть, щоб очистити</numerusform>
                <numerusform>%n фільтрів активні — клацніть, щоб очистити</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing only: {filters}</source>
            <translation>Показано лише: {filters}</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n (country|countries)</source>
            <translation>
                <numerusform>{shown} з %n країни</numerusform>
                <numerusform>{shown} з %n країн</numerusform>
                <numerusform>{shown} з %n країн</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n (country|countries)</source>
            <translation>
                <numerusform>%n країна</numerusform>
                <numerusform>%n країни</numerusform>
                <numerusform>%n країн</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n подія</numerusform>
                <numerusform>%n події</numerusform>
                <numerusform>%n подій</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n цитата</numerusform>
                <numerusform>%n цитати</numerusform>
                <numerusform>%n цитат</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n alignment period(s)</source>
            <translation>
                <numerusform>%n період позиції</numerusform>
                <numerusform>%n періоди позиції</numerusform>
                <numerusform>%n періодів позиції</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key figure(s)</source>
            <translation>
                <numerusform>%n ключовий показник</numerusform>
                <numerusform>%n ключові показники</numerusform>
                <numerusform>%n ключових показників</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n event(s)</source>
            <translation>
                <numerusform>{shown} з %n події</numerusform>
                <numerusform>{shown} з %n подій</numerusform>
                <numerusform>{shown} з %n подій</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) shown — filtered by {filters}</source>
            <translation>
                <numerusform>показано %n твердження — фільтр: {filters}</numerusform>
                <numerusform>показано %n твердження — фільтр: {filters}</numerusform>
                <numerusform>показано %n тверджень — фільтр: {filters}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FuzzyDateEdit</name>
        <message>
            <source>Date as the source words it</source>
            <translation>Дата так, як її подає джерело</translation>
        </message>
        <message>
            <source>The days this date stands for, as stored</source>
            <translation>Дні, які означає ця дата, як їх збережено</translation>
        </message>
        <message>
            <source>Parsed window</source>
            <translation>Розпізнаний проміжок</translation>
        </message>
        <message>
            <source>Set the window by hand</source>
            <translation>Задати проміжок вручну</translation>
        </message>
        <message>
            <source>For labels the parser cannot read, e.g. “Soon after [June 2024]”: give the first and last possible day yourself; the label may then be any text.</source>
            <translation>Для позначок, які програма не може розпізнати, напр. «Soon after [June 2024]»: укажіть перший і останній можливий день самі; тоді позначка може бути будь-яким текстом.</translation>
        </message>
        <message>
            <source>The {which} possible day: 2024-06-19, or a date such as “June 2024” (its {v1} day is used).</source>
            <translation>{which} можливий день: 2024-06-19 або дата на зразок «June 2024» (береться її {v1} день).</translation>
        </message>
        <message>
            <source>{v0} day of the window</source>
            <translation>{v0} день проміжку</translation>
        </message>
        <message>
            <source>first day</source>
            <translation>перший день</translation>
        </message>
        <message>
            <source>last day</source>
            <translation>останній день</translation>
        </message>
        <message>
            <source>the window ends ({v0}) before it starts ({v1})</source>
            <translation>проміжок закінчується ({v0}) раніше, ніж починається ({v1})</translation>
        </message>
        <message>
            <source>{e}. Or tick “Set the window by hand”.</source>
            <translation>{e}. Або позначте «Задати проміжок вручну».</translation>
        </message>
        <message>
            <source>Stored as {v0} to {v1}</source>
            <translation>Збережено як {v0} — {v1}</translation>
        </message>
        <message>
            <source> (set by hand)</source>
            <translation> (задано вручну)</translation>
        </message>
    </context>
    <context>
        <name>Guide</name>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Посібник користувача</translation>
        </message>
        <message>
            <source>Browsing, presenting, editing; where your copy and backups live</source>
            <translation>Перегляд, презентація, редагування; де зберігаються ваша копія і резервні копії</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Ally Explorer — User Guide</source>
            <translation>Ally Explorer — посібник користувача</translation>
        </message>
        <message>
            <source>The guide could not be read ({0}): {1}</source>
            <translation>Не вдалося прочитати посібник ({0}): {1}</translation>
        </message>
    </context>
    <context>
        <name>KeyVotes</name>
        <message>
            <source>Date</source>
            <extracomment>Light tints, told apart by their words too, so colour is never the only cue.</extracomment>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Резолюція</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>За</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Проти</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>Утрималися</translation>
        </message>
    </context>
    <context>
        <name>KeyVotesModel</name>
        <message>
            <source>The Soviet Union's vote: </source>
            <translation>Голос Радянського Союзу: </translation>
        </message>
        <message>
            <source>{country_name} did not vote (or was not a member)</source>
            <translation>{country_name} не голосувала (або не була членом)</translation>
        </message>
        <message>
            <source>{title}
Resolution {resolution}, {date}: {yes} yes, {no} no, {abstain} abstentions</source>
            <translation>{title}
Резолюція {resolution}, {date}: за — {yes}, проти — {no}, утрималися — {abstain}</translation>
        </message>
    </context>
    <context>
        <name>KeyVotesView</name>
        <message>
            <source>Key UN votes</source>
            <translation>Ключові голосування в ООН</translation>
        </message>
        <message>
            <source>How each country voted</source>
            <translation>Як голосувала кожна країна</translation>
        </message>
        <message>
            <source>&lt;i&gt;No key votes in this database: import the UN votes (File ▸ Import UN Votes…).&lt;/i&gt;</source>
            <translation>&lt;i&gt;У цій базі даних немає ключових голосувань: імпортуйте голосування ООН (Файл ▸ Імпортувати голосування ООН…).&lt;/i&gt;</translation>
        </message>
        <message>
            <source>the USSR</source>
            <translation>СРСР</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>Росія</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; — resolution {resolution}, {date}: {yes} yes, {no} no, {abstain} abstentions; {russia} voted &lt;b&gt;{v7}&lt;/b&gt;.</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; — резолюція {resolution}, {date}: за — {yes}, проти — {no}, утрималися — {abstain}; {russia}: &lt;b&gt;{v7}&lt;/b&gt;.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Мова</translation>
        </message>
        <message>
            <source>Follow the System</source>
            <translation>Як у системі</translation>
        </message>
        <message>
            <source>the system's language</source>
            <translation>мова системи</translation>
        </message>
        <message>
            <source>The interface will be in {language} from the next start of Ally Explorer.</source>
            <translation>Мова інтерфейсу ({language}) зміниться після наступного запуску Ally Explorer.</translation>
        </message>
    </context>
    <context>
        <name>ListEdit</name>
        <message>
            <source>separated by semicolons, e.g. Belorussia; Byelorussia</source>
            <translation>через крапку з комою, напр. Belorussia; Byelorussia</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Tours</source>
            <translation>Маршрути</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Якість</translation>
        </message>
        <message>
            <source>UN</source>
            <translation>ООН</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Країна</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Джерела</translation>
        </message>
        <message>
            <source>Data quality</source>
            <translation>Якість даних</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Головна</translation>
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation>&amp;Відкрити базу даних…</translation>
        </message>
        <message>
            <source>Open another Ally Explorer database file</source>
            <translation>Відкрити інший файл бази даних Ally Explorer</translation>
        </message>
        <message>
            <source>Export as &amp;JSON…</source>
            <translation>Експортувати як &amp;JSON…</translation>
        </message>
        <message>
            <source>The whole dataset as JSON (it round-trips exactly)</source>
            <translation>Увесь набір даних як JSON (імпортується назад без утрат)</translation>
        </message>
        <message>
            <source>Export as &amp;CSV…</source>
            <translation>Експортувати як &amp;CSV…</translation>
        </message>
        <message>
            <source>One CSV file per table</source>
            <translation>Один файл CSV на таблицю</translation>
        </message>
        <message>
            <source>Export as &amp;TimelineJS…</source>
            <translation>Експортувати як &amp;TimelineJS…</translation>
        </message>
        <message>
            <source>A TimelineJS3 JSON file of the events</source>
            <translation>Файл JSON подій для TimelineJS3</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Вийти</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копіювати</translation>
        </message>
        <message>
            <source>Copy the selected text of the detail pane</source>
            <translation>Копіювати виділений текст панелі подробиць</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Знайти…</translation>
        </message>
        <message>
            <source>Search events, quotes and countries</source>
            <translation>Шукати події, цитати й країни</translation>
        </message>
        <message>
            <source>Filter &amp;Countries</source>
            <translation>Фільтр &amp;країн</translation>
        </message>
        <message>
            <source>&amp;Fit Timeline</source>
            <translation>&amp;Уся хронологія</translation>
        </message>
        <message>
            <source>Show every event on the timeline</source>
            <translation>Показати всі події на хронології</translation>
        </message>
        <message>
            <source>&amp;Zoom Timeline to Country</source>
            <translation>&amp;Наблизити хронологію до країни</translation>
        </message>
        <message>
            <source>Show the selected country's events</source>
            <translation>Показати події вибраної країни</translation>
        </message>
        <message>
            <source>&amp;Next Country</source>
            <translation>&amp;Наступна країна</translation>
        </message>
        <message>
            <source>&amp;Previous Country</source>
            <translation>&amp;Попередня країна</translation>
        </message>
        <message>
            <source>Show Source &amp;Excerpts</source>
            <translation>Показувати &amp;уривки джерел</translation>
        </message>
        <message>
            <source>Show the source's own words under each claim</source>
            <translation>Показувати власні слова джерела під кожним твердженням</translation>
        </message>
        <message>
            <source>&amp;Confirmed Only</source>
            <translation>&amp;Лише підтверджене</translation>
        </message>
        <message>
            <source>Hide reported, claimed and disputed items everywhere</source>
            <translation>Сховати всюди записи «за повідомленнями», «заявлено» і «спірно»</translation>
        </message>
        <message>
            <source>&amp;Filters Panel</source>
            <translation>&amp;Панель фільтрів</translation>
        </message>
        <message>
            <source>Show or hide the filters</source>
            <translation>Показати або сховати фільтри</translation>
        </message>
        <message>
            <source>C&amp;lear Filters</source>
            <translation>&amp;Очистити фільтри</translation>
        </message>
        <message>
            <source>&amp;Overview and Legend</source>
            <translation>&amp;Огляд і легенда</translation>
        </message>
        <message>
            <source>What the stances, confidence levels and colours mean</source>
            <translation>Що означають позиції, рівні певності та кольори</translation>
        </message>
        <message>
            <source>&amp;About Ally Explorer</source>
            <translation>&amp;Про Ally Explorer</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Про &amp;Qt</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Експорт</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Редагування</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вигляд</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <source>in memory</source>
            <translation>у пам’яті</translation>
        </message>
    </context>
    <context>
        <name>MapCanvas</name>
        <message>
            <source>World map</source>
            <translation>Карта світу</translation>
        </message>
    </context>
    <context>
        <name>MapCountries</name>
        <message>
            <source>Country</source>
            <translation>Країна</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Позиція</translation>
        </message>
        <message>
            <source>Countries on the map</source>
            <translation>Країни на карті</translation>
        </message>
        <message>
            <source>What the map shows, as a list: Up and Down select a country</source>
            <translation>Те, що показує карта, у вигляді списку: стрілки вгору й вниз вибирають країну</translation>
        </message>
        <message>
            <source>Votes as Russia did</source>
            <translation>Голосувала як Росія</translation>
        </message>
        <message>
            <source>UN General Assembly, %1: how often each country voted as Russia did</source>
            <translation>Генеральна Асамблея ООН, %1: як часто кожна країна голосувала так само, як Росія</translation>
        </message>
        <message>
            <source>Stances as of %1</source>
            <translation>Позиції станом на %1</translation>
        </message>
        <message>
            <source>Stances today</source>
            <translation>Позиції сьогодні</translation>
        </message>
        <message>
            <source>No stance recorded</source>
            <translation>Позицію не записано</translation>
        </message>
    </context>
    <context>
        <name>MapTab</name>
        <message>
            <source>Map</source>
            <translation>Карта</translation>
        </message>
        <message>
            <source>UN votes</source>
            <translation>Голоси в ООН</translation>
        </message>
        <message>
            <source>Import &amp;UN Votes…</source>
            <translation>Імпортувати голосування &amp;ООН…</translation>
        </message>
        <message>
            <source>Load UN General Assembly votes (un_votes.csv.gz, un_roll_calls.csv…)</source>
            <translation>Завантажити голосування Генеральної Асамблеї ООН (un_votes.csv.gz, un_roll_calls.csv…)</translation>
        </message>
        <message>
            <source>Russia is the reference: every other country's votes are compared with its own (the Soviet Union's before 1992).</source>
            <translation>Росія — точка відліку: голоси кожної іншої країни порівнюються з її голосами (до 1992 року — з голосами Радянського Союзу).</translation>
        </message>
        <message>
            <source>Import UN Votes: choose the votes and roll calls files (and the issues file)</source>
            <translation>Імпорт голосувань ООН: виберіть файли голосів і поіменних голосувань (і файл тем)</translation>
        </message>
        <message>
            <source>UN votes CSV (*.csv *.csv.gz *.gz);;All files (*)</source>
            <translation>CSV голосувань ООН (*.csv *.csv.gz *.gz);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Cannot import UN votes</source>
            <translation>Не вдається імпортувати голосування ООН</translation>
        </message>
        <message>
            <source>Reading the UN votes…</source>
            <translation>Читання голосувань ООН…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Import UN Votes</source>
            <translation>Імпорт голосувань ООН</translation>
        </message>
        <message>
            <source>Writing the votes…</source>
            <translation>Запис голосів…</translation>
        </message>
        <message>
            <source>Comparing every country with Russia…</source>
            <translation>Порівняння кожної країни з Росією…</translation>
        </message>
        <message>
            <source>UN votes import cancelled; nothing was changed.</source>
            <translation>Імпорт голосувань ООН скасовано; нічого не змінено.</translation>
        </message>
        <message>
            <source>{e}

The database was not changed.</source>
            <translation>{e}

Базу даних не змінено.</translation>
        </message>
        <message>
            <source>Imported {v0:,} votes on {v1:,} roll calls.</source>
            <translation>Імпортовано голосів: {v0:,}, поіменних голосувань: {v1:,}.</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <source>&lt;b&gt;Crimea&lt;/b&gt;&lt;br&gt;Ukrainian territory under Russian occupation. The UN General Assembly does not recognise its annexation (resolution 68/262, 2014).</source>
            <translation>&lt;b&gt;Крим&lt;/b&gt;&lt;br&gt;Українська територія під російською окупацією. Генеральна Асамблея ООН не визнає його анексії (резолюція 68/262, 2014).</translation>
        </message>
        <message>
            <source>No UN votes in this database. Use File ▸ Import UN Votes… to add them.</source>
            <extracomment>A legend colour with this prefix is drawn with the occupation hatch over it. With large text the card's font shrinks towards this size (never below it, never above the interface's) until the card leaves most of the map in sight.</extracomment>
            <translation>У цій базі даних немає голосувань ООН. Додайте їх через Файл ▸ Імпортувати голосування ООН….</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Позиція</translation>
        </message>
        <message>
            <source>Colour countries by their stance towards Russia (from the article)</source>
            <translation>Забарвити країни за їхньою позицією щодо Росії (за статтею)</translation>
        </message>
        <message>
            <source>UN votes with Russia</source>
            <translation>Голосування в ООН як Росія</translation>
        </message>
        <message>
            <source>Colour countries by the share of UN General Assembly roll calls on which they voted as Russia did</source>
            <translation>Забарвити країни за часткою поіменних голосувань Генеральної Асамблеї ООН, у яких вони голосували як Росія</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Рік</translation>
        </message>
        <message>
            <source>Year of UN votes</source>
            <translation>Рік голосувань ООН</translation>
        </message>
        <message>
            <source>UN votes year by year</source>
            <translation>голосування в ООН рік за роком</translation>
        </message>
        <message>
            <source>World</source>
            <translation>Світ</translation>
        </message>
        <message>
            <source>Show the whole world</source>
            <translation>Показати весь світ</translation>
        </message>
        <message>
            <source>Fit to Eurasia</source>
            <translation>Євразія</translation>
        </message>
        <message>
            <source>Zoom to Europe and Asia, where all nine allies are</source>
            <translation>Наблизити до Європи та Азії, де всі дев’ять союзників</translation>
        </message>
        <message>
            <source>Colour by</source>
            <translation>Колір за</translation>
        </message>
        <message>
            <source>UN votes</source>
            <translation>Голоси в ООН</translation>
        </message>
        <message>
            <source>Eurasia</source>
            <translation>Євразія</translation>
        </message>
        <message>
            <source>the USSR</source>
            <translation>СРСР</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>Росія</translation>
        </message>
        <message>
            <source>Russia: the country every other is compared with</source>
            <translation>Росія: країна, з якою порівнюються всі інші</translation>
        </message>
        <message>
            <source>Invaded by Russia; Crimea, hatched, is under Russian occupation</source>
            <translation>Зазнала вторгнення Росії; Крим (заштриховано) під російською окупацією</translation>
        </message>
        <message>
            <source>Stance: {v0}</source>
            <translation>Позиція: {v0}</translation>
        </message>
        <message>
            <source>Stance: none recorded</source>
            <translation>Позицію не записано</translation>
        </message>
        <message>
            <source>Not in this dataset</source>
            <translation>Немає в цьому наборі даних</translation>
        </message>
        <message>
            <source>No UN General Assembly votes recorded in {year}</source>
            <translation>У {year} році голосувань Генеральної Асамблеї ООН не записано</translation>
        </message>
        <message>
            <source>(part of the Soviet Union until 1991)</source>
            <translation>(у складі Радянського Союзу до 1991 року)</translation>
        </message>
        <message>
            <source> of {compared} roll calls</source>
            <translation> з {compared} поіменних голосувань</translation>
        </message>
        <message>
            <source>Voted as {v0} did on {value:.0%}{of} in {year}</source>
            <translation>Голосувала як {v0} у {value:.0%}{of} у {year} році</translation>
        </message>
        <message>
            <source>on {as_of}</source>
            <translation>на {as_of}</translation>
        </message>
        <message>
            <source>today</source>
            <translation>сьогодні</translation>
        </message>
        <message>
            <source>Ukraine (invaded)</source>
            <translation>Україна (зазнала вторгнення)</translation>
        </message>
        <message>
            <source>Crimea (Ukraine, occupied)</source>
            <translation>Крим (Україна, окупований)</translation>
        </message>
        <message>
            <source>Not in the dataset</source>
            <translation>Немає в наборі даних</translation>
        </message>
        <message>
            <source>Stance towards Russia {when}</source>
            <translation>Позиція щодо Росії {when}</translation>
        </message>
        <message>
            <source>Crimea follows the UN General Assembly, which does not recognise its annexation (resolution 68/262, 2014).</source>
            <translation>Крим показано так, як його бачить Генеральна Асамблея ООН, що не визнає його анексії (резолюція 68/262, 2014).</translation>
        </message>
        <message>
            <source>Votes cast as {v0} did, {year}</source>
            <translation>Голоси як у {v0}, {year}</translation>
        </message>
        <message>
            <source>Russia (the reference)</source>
            <translation>Росія (точка відліку)</translation>
        </message>
        <message>
            <source>No votes that year</source>
            <translation>Того року голосувань немає</translation>
        </message>
    </context>
    <context>
        <name>MotionPreference</name>
        <message>
            <source>Reduce &amp;Motion</source>
            <translation>Менше &amp;руху</translation>
        </message>
        <message>
            <source>Presentation steps jump to the next event instead of panning to it</source>
            <translation>Кроки презентації переходять до наступної події одразу, без плавного прокручування</translation>
        </message>
    </context>
    <context>
        <name>OccupiedItem</name>
        <message>
            <source>Crimea</source>
            <extracomment>The UN agreement ramp (ColorBrewer RdBu), the no-votes grey: core/palette.py, whose contrast table checks them against every theme's ocean (their outline carries the contrast where the fill is too pale). Every country's outline, in pixels (the theme's ``map_border``, 3:1 against the ocean): wide enough that, antialiased, the line still shows its colour rather than a blend with the sea. "Fit to Eurasia" shows these countries whole: Portugal to Chukotka, Norway's North Cape to India. Soviet republics without a UN seat of their own before 1992 (Belarus and Ukraine had one). The map file (Natural Earth, de facto borders) draws Crimea inside Russia's outline. The UN General Assembly does not recognise its annexation (resolution 68/262, 2014), nor does the dataset (Turkey's entries): it is drawn as Ukrainian territory under Russian occupation. Ukraine, invaded by Russia: a colour of its own, not the grey of countries with no stance.</extracomment>
            <translation>Крим</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>{label} failed: {e}. The undo history was cleared; the database is unchanged.</source>
            <translation>{label} не вдалося: {e}. Історію скасувань очищено; базу даних не змінено.</translation>
        </message>
    </context>
    <context>
        <name>PresentationController</name>
        <message>
            <source>&amp;Present</source>
            <extracomment>The panels presenting hides (by their names in the ``WindowLayout``), and the one it shows. The panels a presenter can bring back while presenting (one key each), around the timeline. The caption may take this share of the screen; its text shrinks to fit rather than being cut. The zoom a presentation opens at until the presenter picks another (Ctrl+0 returns to it). How long a presentation step pans the timeline (none with reduced motion).</extracomment>
            <translation>&amp;Презентація</translation>
        </message>
        <message>
            <source>Full screen, large and high contrast; arrows or a clicker step through events</source>
            <translation>На весь екран, великим шрифтом і з високим контрастом; стрілки або пульт перемикають події</translation>
        </message>
        <message>
            <source>Leave Presentation</source>
            <translation>Вийти з презентації</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Збільшити</translation>
        </message>
        <message>
            <source>Make every font and icon larger</source>
            <translation>Зробити всі шрифти й значки більшими</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>&amp;Зменшити</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Звичайний розмір</translation>
        </message>
        <message>
            <source>Next Event</source>
            <translation>Наступна подія</translation>
        </message>
        <message>
            <source>Next or Pause</source>
            <translation>Далі або пауза</translation>
        </message>
        <message>
            <source>Previous Event</source>
            <translation>Попередня подія</translation>
        </message>
        <message>
            <source>Autoplay</source>
            <translation>Автопоказ</translation>
        </message>
        <message>
            <source>Step on by itself; Space pauses</source>
            <translation>Перемикати самостійно; Пропуск ставить на паузу</translation>
        </message>
        <message>
            <source>Show Country &amp;List</source>
            <translation>Показати &amp;список країн</translation>
        </message>
        <message>
            <source>Show &amp;Details and Chart</source>
            <translation>Показати &amp;подробиці й діаграму</translation>
        </message>
        <message>
            <source>Show &amp;Filters</source>
            <translation>Показати &amp;фільтри</translation>
        </message>
        <message>
            <source>While presenting: bring this panel back beside the timeline</source>
            <translation>Під час презентації: повернути цю панель поруч із хронологією</translation>
        </message>
        <message>
            <source>&amp;Black Screen</source>
            <translation>&amp;Чорний екран</translation>
        </message>
        <message>
            <source>Blank the projector; B or any key brings the picture back</source>
            <translation>Вимкнути зображення на проєкторі; B або будь-яка клавіша повертає його</translation>
        </message>
        <message>
            <source>Step Through &amp;All Events</source>
            <translation>Перебирати &amp;всі події</translation>
        </message>
        <message>
            <source>While presenting: every event in date order</source>
            <translation>Під час презентації: усі події за датою</translation>
        </message>
        <message>
            <source>Step Through the &amp;Country's Events</source>
            <translation>Перебирати події &amp;країни</translation>
        </message>
        <message>
            <source>While presenting: the selected country's events</source>
            <translation>Під час презентації: події вибраної країни</translation>
        </message>
        <message>
            <source>Step &amp;Forward</source>
            <translation>Крок &amp;уперед</translation>
        </message>
        <message>
            <source>Show the next event in date order</source>
            <translation>Показати наступну за датою подію</translation>
        </message>
        <message>
            <source>Step &amp;Back</source>
            <translation>Крок &amp;назад</translation>
        </message>
        <message>
            <source>While &amp;Presenting</source>
            <translation>Під час &amp;презентації</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>%1's events</source>
            <translation>Події: %1</translation>
        </message>
        <message>
            <source>All events</source>
            <translation>Усі події</translation>
        </message>
        <message>
            <source>Tour “%1”</source>
            <translation>Маршрут «%1»</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Маршрут</translation>
        </message>
    </context>
    <context>
        <name>QualityView</name>
        <message>
            <source>Data quality problems</source>
            <translation>Проблеми якості даних</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Запис</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <source>Explained by the editor's note</source>
            <translation>Пояснено приміткою редактора</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n (entry needs|entries need) an editor&lt;/b&gt;;</source>
            <translation>
                <numerusform>&lt;b&gt;%n запис потребує редактора&lt;/b&gt;;</numerusform>
                <numerusform>&lt;b&gt;%n записи потребують редактора&lt;/b&gt;;</numerusform>
                <numerusform>&lt;b&gt;%n записів потребують редактора&lt;/b&gt;;</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Nothing to check.&lt;/b&gt; Every entry is sourced, dated and attributed.</source>
            <translation>&lt;b&gt;Перевіряти нічого.&lt;/b&gt; Кожен запис має джерело, дату й автора твердження.</translation>
        </message>
        <message numerus="yes">
            <source>%n more (is|are) explained by a note. Double-click an entry to open it (then F2 to edit it).</source>
            <translation>
                <numerusform>ще %n пояснено приміткою. Двічі клацніть запис, щоб відкрити його (потім F2, щоб редагувати).</numerusform>
                <numerusform>ще %n пояснено приміткою. Двічі клацніть запис, щоб відкрити його (потім F2, щоб редагувати).</numerusform>
                <numerusform>ще %n пояснено приміткою. Двічі клацніть запис, щоб відкрити його (потім F2, щоб редагувати).</numerusform>
            </translation>
        </message>
        <message>
            <source>{waiting} not explained</source>
            <translation>не пояснено: {waiting}</translation>
        </message>
        <message>
            <source>all explained</source>
            <translation>усе пояснено</translation>
        </message>
        <message>
            <source>— not explained —</source>
            <translation>— не пояснено —</translation>
        </message>
    </context>
    <context>
        <name>QuizController</name>
        <message>
            <source>&amp;Quiz</source>
            <translation>&amp;Вікторина</translation>
        </message>
        <message>
            <source>Questions made from the data, for the classroom</source>
            <translation>Запитання з даних, для класу</translation>
        </message>
        <message>
            <source>Export Quiz &amp;Worksheet (PDF)…</source>
            <translation>Експортувати &amp;аркуш вікторини (PDF)…</translation>
        </message>
        <message>
            <source>The quiz's questions and, on its own pages, the answer key with citations</source>
            <translation>Запитання вікторини і, на окремих сторінках, відповіді з посиланнями на джерела</translation>
        </message>
        <message>
            <source>Export quiz worksheet</source>
            <translation>Експорт аркуша вікторини</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Експорт не вдався</translation>
        </message>
        <message>
            <source>Wrote {path} ({pages} pages)</source>
            <translation>Записано {path} (сторінок: {pages})</translation>
        </message>
    </context>
    <context>
        <name>QuizView</name>
        <message>
            <source>Quiz — Ally Explorer</source>
            <extracomment>Font sizes relative to the application's font (which zoom and presenting already scale). While presenting, the question's parts grow by this much more (the whole interface is zoomed already).</extracomment>
            <translation>Вікторина — Ally Explorer</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Зерно</translation>
        </message>
        <message>
            <source>The same seed gives the same quiz: give it to another class</source>
            <translation>Те саме зерно дає ту саму вікторину: дайте її іншому класу</translation>
        </message>
        <message>
            <source>&amp;Seed:</source>
            <translation>&amp;Зерно:</translation>
        </message>
        <message>
            <source>&amp;New Quiz</source>
            <translation>&amp;Нова вікторина</translation>
        </message>
        <message>
            <source>&amp;Print Worksheet…</source>
            <translation>&amp;Друкувати аркуш…</translation>
        </message>
        <message>
            <source>A PDF of these questions and, on its own pages, the answer key</source>
            <translation>PDF із цими запитаннями і, на окремих сторінках, відповідями</translation>
        </message>
        <message>
            <source>Events to put in date order</source>
            <translation>Події, які треба впорядкувати за датою</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Попереднє</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Попереднє запитання</translation>
        </message>
        <message>
            <source>&amp;Check Answer</source>
            <translation>&amp;Перевірити відповідь</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>&amp;Наступне ▶</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Наступне запитання</translation>
        </message>
        <message>
            <source>Choose an answer first (keys A to D).</source>
            <translation>Спершу виберіть відповідь (клавіші A–D).</translation>
        </message>
        <message>
            <source>Questions from: {filters}</source>
            <translation>Запитання з: {filters}</translation>
        </message>
        <message>
            <source>(the filters changed: New Quiz uses them)</source>
            <translation>(фільтри змінилися: «Нова вікторина» їх врахує)</translation>
        </message>
        <message>
            <source>Question {n} of {total} · score {score}</source>
            <translation>Запитання {n} з {total} · бали: {score}</translation>
        </message>
        <message>
            <source>&amp;Next Question</source>
            <translation>&amp;Наступне запитання</translation>
        </message>
        <message>
            <source>End of the quiz</source>
            <translation>Кінець вікторини</translation>
        </message>
        <message>
            <source>No questions: the filters leave too little to ask about. Clear some filters and press New Quiz.</source>
            <translation>Немає запитань: після фільтрів замало даних. Зніміть деякі фільтри і натисніть «Нова вікторина».</translation>
        </message>
        <message>
            <source>Score: {score} of {total}</source>
            <translation>Бали: {score} з {total}</translation>
        </message>
        <message>
            <source>Seed {seed}: the same seed gives the same questions again.</source>
            <translation>Зерно {seed}: те саме зерно знову дає ті самі запитання.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered.</source>
            <translation>
                <numerusform>Без відповіді %n запитання.</numerusform>
                <numerusform>Без відповіді %n запитання.</numerusform>
                <numerusform>Без відповіді %n запитань.</numerusform>
            </translation>
        </message>
        <message>
            <source>Who said this?</source>
            <translation>Хто це сказав?</translation>
        </message>
        <message>
            <source>Put these events in date order, earliest first.</source>
            <translation>Упорядкуйте ці події за датою, від найранішої.</translation>
        </message>
        <message>
            <source>Which country is this about?</source>
            <translation>Про яку це країну?</translation>
        </message>
        <message>
            <source>How sure is the source of this?</source>
            <translation>Наскільки джерело в цьому впевнене?</translation>
        </message>
        <message>
            <source>Drag them, or select one (A to F) and press Alt+Up or Alt+Down; Enter checks.</source>
            <translation>Перетягніть їх або виберіть одну (A–F) і натисніть Alt+Вгору чи Alt+Вниз; Enter перевіряє.</translation>
        </message>
        <message>
            <source>The country's names are masked as [country], its people's as [person].</source>
            <translation>Назви країни приховано як [country], імена її людей — як [person].</translation>
        </message>
        <message>
            <source>Context: {context}</source>
            <translation>Контекст: {context}</translation>
        </message>
        <message>
            <source>(the answer)</source>
            <translation>(відповідь)</translation>
        </message>
        <message>
            <source>(your choice)</source>
            <translation>(ваш вибір)</translation>
        </message>
        <message>
            <source>Right.</source>
            <translation>Правильно.</translation>
        </message>
        <message>
            <source>Not in order.</source>
            <translation>Порядок неправильний.</translation>
        </message>
        <message>
            <source>The order is {letters}.</source>
            <translation>Правильний порядок: {letters}.</translation>
        </message>
        <message>
            <source>Wrong.</source>
            <translation>Неправильно.</translation>
        </message>
        <message>
            <source>The answer is {letter}: {label}.</source>
            <translation>Відповідь — {letter}: {label}.</translation>
        </message>
        <message>
            <source>who says so: {who}</source>
            <translation>хто це стверджує: {who}</translation>
        </message>
        <message>
            <source>Said by {speaker}</source>
            <translation>Сказав(-ла) {speaker}</translation>
        </message>
        <message>
            <source>How sure: {how}</source>
            <translation>Наскільки певно: {how}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Джерело: {source}</translation>
        </message>
    </context>
    <context>
        <name>ReaderTab</name>
        <message>
            <source>Reader</source>
            <translation>Читання</translation>
        </message>
        <message>
            <source>Read a source with every cited passage highlighted; select text and right-click to make an entry from it</source>
            <translation>Читати джерело з виділеними уривками, на які є посилання; виділіть текст і клацніть правою кнопкою, щоб створити з нього запис</translation>
        </message>
        <message>
            <source>Add &amp;Source…</source>
            <translation>Додати &amp;джерело…</translation>
        </message>
        <message>
            <source>Add a source's text from a .txt, .md or .html file, or pasted</source>
            <translation>Додати текст джерела з файлу .txt, .md або .html чи вставлений</translation>
        </message>
        <message>
            <source>No source holds its text yet: File ▸ Add Source… adds one.</source>
            <translation>Жодне джерело ще не має тексту: Файл ▸ Додати джерело… додає його.</translation>
        </message>
        <message>
            <source>Source not added</source>
            <translation>Джерело не додано</translation>
        </message>
        <message>
            <source>Added the source “%1”</source>
            <translation>Додано джерело «%1»</translation>
        </message>
    </context>
    <context>
        <name>RefCombo</name>
        <message>
            <source>Type or pick a {what}</source>
            <translation>Введіть або виберіть: {what}</translation>
        </message>
        <message>
            <source>“{text}” is only part of a name: choose {v1} from the list</source>
            <translation>«{text}» — лише частина назви: виберіть {v1} зі списку</translation>
        </message>
        <message>
            <source>“{text}” matches {found} names: choose one from the list</source>
            <translation>«{text}» збігається з кількома назвами ({found}): виберіть одну зі списку</translation>
        </message>
        <message>
            <source>no {what} called “{text}”: pick one from the list</source>
            <translation>немає такого запису ({what}) «{text}»: виберіть зі списку</translation>
        </message>
    </context>
    <context>
        <name>RefListEdit</name>
        <message>
            <source>Type a {what} and press Enter</source>
            <translation>Введіть: {what} і натисніть Enter</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Додати</translation>
        </message>
        <message>
            <source>Chosen {plural}, main first</source>
            <translation>Вибрані: {plural}, головний перший</translation>
        </message>
        <message>
            <source>The first {what} is the main one. Delete removes; Ctrl+Up / Ctrl+Down reorder.</source>
            <translation>Перший запис ({what}) — головний. Delete вилучає; Ctrl+Up / Ctrl+Down змінюють порядок.</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Вгору</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Вниз</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Вилучити</translation>
        </message>
        <message>
            <source>Move earlier (Ctrl+Up); the first is the main one</source>
            <translation>Перемістити вище (Ctrl+Up); перший — головний</translation>
        </message>
        <message>
            <source>Move later (Ctrl+Down)</source>
            <translation>Перемістити нижче (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Remove from the list (Delete)</source>
            <translation>Вилучити зі списку (Delete)</translation>
        </message>
        <message>
            <source>“{v0}” is typed but not added: press Enter or Add</source>
            <translation>«{v0}» введено, але не додано: натисніть Enter або «Додати»</translation>
        </message>
        <message>
            <source>   — main</source>
            <translation>   — головний</translation>
        </message>
    </context>
    <context>
        <name>RevertCommand</name>
        <message>
            <source>Redo: {v0}</source>
            <translation>Повторити: {v0}</translation>
        </message>
        <message>
            <source>Undo: {v0}</source>
            <translation>Скасувати: {v0}</translation>
        </message>
        <message>
            <source>{label} failed: {e}. The database is unchanged.</source>
            <translation>{label} не вдалося: {e}. Базу даних не змінено.</translation>
        </message>
    </context>
    <context>
        <name>RollCallVotesModel</name>
        <message>
            <source>Country</source>
            <translation>Країна</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Голос</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search events, quotes, countries (Ctrl+F)</source>
            <translation>Пошук подій, цитат, країн (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Пошук</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Результати пошуку</translation>
        </message>
        <message>
            <source>No results for {quoted}</source>
            <translation>Нічого не знайдено за запитом {quoted}</translation>
        </message>
        <message>
            <source> with the filters on</source>
            <translation> з увімкненими фільтрами</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n result(s)&lt;/b&gt; for {quoted}</source>
            <translation>
                <numerusform>&lt;b&gt;%n результат&lt;/b&gt; за запитом {quoted}</numerusform>
                <numerusform>&lt;b&gt;%n результати&lt;/b&gt; за запитом {quoted}</numerusform>
                <numerusform>&lt;b&gt;%n результатів&lt;/b&gt; за запитом {quoted}</numerusform>
            </translation>
        </message>
        <message>
            <source> before the filters</source>
            <translation> до фільтрів</translation>
        </message>
        <message>
            <source>&lt;b&gt;{hits} of {total:,} matches&lt;/b&gt;{note} for {quoted}</source>
            <translation>&lt;b&gt;Збігів: {hits} з {total:,}&lt;/b&gt;{note} за запитом {quoted}</translation>
        </message>
        <message>
            <source>&lt;br&gt;&lt;span style='color:#5A5A5A;'&gt;Too many to rank: the newest entries first. Add a word to narrow them.&lt;/span&gt;</source>
            <translation>&lt;br&gt;&lt;span style='color:#5A5A5A;'&gt;Забагато, щоб упорядкувати: спершу найновіші записи. Додайте слово, щоб звузити пошук.&lt;/span&gt;</translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <source>Country</source>
            <translation>Країна</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Подія</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Клавіатурні скорочення</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Дія</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавіші</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsHelp</name>
        <message>
            <source>Timeline: pan</source>
            <translation>Хронологія: прокрутка</translation>
        </message>
        <message>
            <source>Timeline: zoom time</source>
            <translation>Хронологія: масштаб часу</translation>
        </message>
        <message>
            <source>Timeline: show everything</source>
            <translation>Хронологія: показати все</translation>
        </message>
        <message>
            <source>Timeline: previous or next event</source>
            <translation>Хронологія: попередня або наступна подія</translation>
        </message>
        <message>
            <source>Left, Right</source>
            <translation>Ліворуч, праворуч</translation>
        </message>
        <message>
            <source>Timeline: the nearest event in the lane above or below</source>
            <translation>Хронологія: найближча подія в рядку вище або нижче</translation>
        </message>
        <message>
            <source>Up, Down</source>
            <translation>Вгору, вниз</translation>
        </message>
        <message>
            <source>Shift+Left, Shift+Right (lanes: Shift+Up, Shift+Down)</source>
            <translation>Shift+ліворуч, Shift+праворуч (рядки: Shift+вгору, Shift+вниз)</translation>
        </message>
        <message>
            <source>Timeline: open the selected event (none selected: select the one in the middle)</source>
            <translation>Хронологія: відкрити вибрану подію (якщо нічого не вибрано — вибрати подію посередині)</translation>
        </message>
        <message>
            <source>Timeline: the date filter starts or ends at the selected event</source>
            <translation>Хронологія: фільтр дат починається або закінчується на вибраній події</translation>
        </message>
        <message>
            <source>Timeline: no date filter</source>
            <translation>Хронологія: без фільтра дат</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Backspace</translation>
        </message>
        <message>
            <source>Agreement chart: previous or next year</source>
            <translation>Графік збігу: попередній або наступний рік</translation>
        </message>
        <message>
            <source>Left, Right (Home, End: the first, the last)</source>
            <translation>Ліворуч, праворуч (Home, End: перший, останній)</translation>
        </message>
        <message>
            <source>Filters panel (one Tab stop): move between its controls</source>
            <translation>Панель фільтрів (одна зупинка Tab): перехід між її елементами</translation>
        </message>
        <message>
            <source>Up, Down (past the list's first and last row), Left, Right</source>
            <translation>Вгору, вниз (за першим і останнім рядком списку), ліворуч, праворуч</translation>
        </message>
        <message>
            <source>Stances as of: the first day, today</source>
            <translation>Позиції на дату: перший день, сьогодні</translation>
        </message>
        <message>
            <source>Home, End (on the slider)</source>
            <translation>Home, End (на повзунку)</translation>
        </message>
        <message>
            <source>Detail pane: next or previous link</source>
            <translation>Панель подробиць: наступне або попереднє посилання</translation>
        </message>
        <message>
            <source>Right, Left (Enter follows it)</source>
            <translation>Праворуч, ліворуч (Enter переходить за ним)</translation>
        </message>
        <message>
            <source>Leave the timeline or the detail pane</source>
            <translation>Вийти з хронології або панелі подробиць</translation>
        </message>
        <message>
            <source>Quiz: choose an answer</source>
            <translation>Вікторина: вибрати відповідь</translation>
        </message>
        <message>
            <source>Quiz: check the answer, then the next question</source>
            <translation>Вікторина: перевірити відповідь, потім наступне запитання</translation>
        </message>
        <message>
            <source>Quiz: previous or next question</source>
            <translation>Вікторина: попереднє або наступне запитання</translation>
        </message>
        <message>
            <source>Left, Right, Page Up, Page Down</source>
            <translation>Ліворуч, Праворуч, Page Up, Page Down</translation>
        </message>
        <message>
            <source>Quiz: move the selected event up or down</source>
            <translation>Вікторина: пересунути вибрану подію вгору або вниз</translation>
        </message>
        <message>
            <source>Time-lapse (Stances as of, the map's year): play or pause on the focused slider</source>
            <translation>Анімація (позиції на день, рік на карті): відтворити або призупинити на повзунку у фокусі</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Клавіатурні скорочення</translation>
        </message>
        <message>
            <source>Every action and its keys</source>
            <translation>Усі дії та їхні клавіші</translation>
        </message>
    </context>
    <context>
        <name>SideBySide</name>
        <message>
            <source>Side by Side — Ally Explorer</source>
            <extracomment>The pair shown first when nothing is chosen (the issue's example).</extracomment>
            <translation>Порівняння — Ally Explorer</translation>
        </message>
        <message>
            <source>First country</source>
            <translation>Перша країна</translation>
        </message>
        <message>
            <source>Second country</source>
            <translation>Друга країна</translation>
        </message>
        <message>
            <source>Swap</source>
            <translation>Поміняти</translation>
        </message>
        <message>
            <source>Put the second country first</source>
            <translation>Поставити другу країну першою</translation>
        </message>
        <message>
            <source>&lt;b&gt;Compare&lt;/b&gt;</source>
            <translation>&lt;b&gt;Порівняти&lt;/b&gt;</translation>
        </message>
        <message>
            <source>and</source>
            <translation>і</translation>
        </message>
        <message>
            <source>% alike</source>
            <translation>% однаково</translation>
        </message>
        <message>
            <source>How often the two countries vote alike at the UN, by year</source>
            <translation>Як часто дві країни голосують однаково в ООН, за роками</translation>
        </message>
        <message>
            <source>Of the UN General Assembly roll calls on which both voted, the share on which they cast the same vote (yes, no or abstain). Hollow points: fewer than %1 roll calls that year. Data: Erik Voeten (CC0).</source>
            <translation>З поіменних голосувань Генеральної Асамблеї ООН, у яких голосували обидві, частка тих, де вони проголосували однаково (за, проти або утрималися). Порожні точки: менше ніж %1 голосувань того року. Дані: Erik Voeten (CC0).</translation>
        </message>
        <message>
            <source>First country's entries</source>
            <translation>Записи першої країни</translation>
        </message>
        <message>
            <source>Second country's entries</source>
            <translation>Записи другої країни</translation>
        </message>
        <message>
            <source>Choose two different countries to compare.</source>
            <translation>Виберіть дві різні країни для порівняння.</translation>
        </message>
        <message>
            <source>This database has fewer than two countries to compare.</source>
            <translation>У цій базі даних менше ніж дві країни для порівняння.</translation>
        </message>
        <message>
            <source>%1 and %2 side by side — Ally Explorer</source>
            <translation>%1 і %2 поруч — Ally Explorer</translation>
        </message>
        <message>
            <source>&lt;b&gt;UN votes:&lt;/b&gt; no UN General Assembly votes of both %1 and %2 in this database.</source>
            <translation>&lt;b&gt;Голосування в ООН:&lt;/b&gt; у цій базі даних немає голосувань Генеральної Асамблеї ООН, у яких брали участь і %1, і %2.</translation>
        </message>
        <message>
            <source>&lt;b&gt;How often %1 and %2 vote alike at the UN:&lt;/b&gt; %3 of %4 roll calls in %5 (the latest full year)</source>
            <translation>&lt;b&gt;Як часто %1 і %2 голосують однаково в ООН:&lt;/b&gt; %3 з %4 голосувань у %5 (останній повний рік)</translation>
        </message>
        <message>
            <source>Before 1992, Russia's votes are the Soviet Union's (dashed line: December 1991).</source>
            <translation>До 1992 року голоси Росії — це голоси Радянського Союзу (пунктир: грудень 1991).</translation>
        </message>
        <message>
            <source>%1: %2 and %3 voted alike on %4 of %5 roll calls (%6)</source>
            <translation>%1: %2 і %3 проголосували однаково в %4 з %5 голосувань (%6)</translation>
        </message>
        <message>
            <source>today</source>
            <translation>сьогодні</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>на %1</translation>
        </message>
        <message>
            <source>Alignment with Russia over time</source>
            <translation>Ставлення до Росії з часом</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Ключові цифри</translation>
        </message>
        <message>
            <source>Events (%1)</source>
            <translation>Події (%1)</translation>
        </message>
        <message>
            <source>No alignment periods recorded.</source>
            <translation>Періодів позицій не записано.</translation>
        </message>
        <message>
            <source>No key figures recorded.</source>
            <translation>Ключових цифр не записано.</translation>
        </message>
        <message>
            <source>No events pass the filters.</source>
            <translation>Жодна подія не проходить фільтри.</translation>
        </message>
        <message>
            <source>according to %1</source>
            <translation>за словами %1</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>триває</translation>
        </message>
        <message>
            <source>Side by &amp;Side…</source>
            <translation>По&amp;руч…</translation>
        </message>
        <message>
            <source>Two countries in parallel: stances, events, key figures and how often they vote alike</source>
            <translation>Дві країни поруч: позиції, події, ключові цифри і як часто вони голосують однаково</translation>
        </message>
    </context>
    <context>
        <name>SizeDialog</name>
        <message>
            <source>Picture size</source>
            <translation>Розмір зображення</translation>
        </message>
        <message>
            <source>&amp;Width:</source>
            <translation>&amp;Ширина:</translation>
        </message>
        <message>
            <source>&amp;Height:</source>
            <translation>&amp;Висота:</translation>
        </message>
    </context>
    <context>
        <name>SliderPlayer</name>
        <message>
            <source> /s</source>
            <extracomment>Keys that play or pause while the slider has the focus (K as in video players).</extracomment>
            <translation> /с</translation>
        </message>
        <message>
            <source>Steps per second while playing</source>
            <translation>Кроків за секунду під час відтворення</translation>
        </message>
        <message>
            <source>Time-lapse speed, steps per second</source>
            <translation>Швидкість анімації, кроків за секунду</translation>
        </message>
        <message>
            <source>Pause the time-lapse</source>
            <translation>Призупинити анімацію</translation>
        </message>
        <message>
            <source>Play the time-lapse</source>
            <translation>Відтворити анімацію</translation>
        </message>
        <message>
            <source> (Space or K on the slider)</source>
            <translation> (пробіл або K на повзунку)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Відтворити</translation>
        </message>
    </context>
    <context>
        <name>SourceReader</name>
        <message>
            <source>New Event from Selection</source>
            <translation>Нова подія з виділеного</translation>
        </message>
        <message>
            <source>New Quote from Selection</source>
            <translation>Нова цитата з виділеного</translation>
        </message>
        <message>
            <source>New Key Figure from Selection</source>
            <translation>Новий ключовий показник з виділеного</translation>
        </message>
        <message>
            <source>New Alignment from Selection</source>
            <translation>Нова позиція з виділеного</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Подія</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>Ключовий показник</translation>
        </message>
        <message>
            <source>Alignment</source>
            <translation>Позиція</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>Not yet used</source>
            <translation>Ще не використано</translation>
        </message>
        <message>
            <source>List the sentences no entry cites</source>
            <translation>Перелічити речення, на які не посилається жоден запис</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Текст джерела</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Джерело:</translation>
        </message>
        <message>
            <source>Select text and right-click to make an entry from it</source>
            <translation>Виділіть текст і клацніть правою кнопкою, щоб створити з нього запис</translation>
        </message>
        <message>
            <source>Counting sentences…</source>
            <translation>Підрахунок речень…</translation>
        </message>
        <message>
            <source>%1 of %2 sentences carry an entry</source>
            <translation>Речень із записом: %1 з %2</translation>
        </message>
        <message>
            <source>Sentences that at least one entry cites; tick “Not yet used” to list the others</source>
            <translation>Речення, на які посилається хоча б один запис; позначте «Ще не використано», щоб перелічити інші</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>Показати: %1</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Follow the System</source>
            <extracomment>Every colour that depends on light, dark or high contrast (core.palette, checked by a test).</extracomment>
            <translation>Як у системі</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Світла</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Темна</translation>
        </message>
        <message>
            <source>High Contrast</source>
            <translation>Висококонтрастна</translation>
        </message>
    </context>
    <context>
        <name>TimeLapse</name>
        <message>
            <source>Time-lapse of the &amp;Map…</source>
            <extracomment>The size of an exported frame: a 1280x720 projector's slide. How long each frame of the animated PNG shows, in milliseconds.</extracomment>
            <translation>Анімація &amp;карти…</translation>
        </message>
        <message>
            <source>The map year by year as numbered PNG pictures and one animated PNG, for slides</source>
            <translation>Карта рік за роком: пронумеровані зображення PNG і один анімований PNG для слайдів</translation>
        </message>
        <message>
            <source>Export the map's time-lapse into a folder</source>
            <translation>Експортувати анімацію карти в теку</translation>
        </message>
        <message>
            <source>Cannot export the time-lapse</source>
            <translation>Не вдається експортувати анімацію</translation>
        </message>
        <message>
            <source>Exported %1 frames and %2 into %3</source>
            <translation>Експортовано %1 кадрів і %2 у %3</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>{title} (undated)</source>
            <translation>{title} (без дати)</translation>
        </message>
    </context>
    <context>
        <name>TimelineFeed</name>
        <message>
            <source>Reading the timeline in the background failed ({e}); read it directly.</source>
            <extracomment>Only edits of these tables can be patched into the arrays (an event and its countries). The unfiltered arrays of a big dataset, their offsets, lanes and span order (or None): filter changes mask them.</extracomment>
            <translation>Не вдалося прочитати хронологію у фоновому режимі ({e}); її прочитано напряму.</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Fit all</source>
            <extracomment>Above this many markers near the view, draw the most important one per few pixels. A lane is never shorter than this many lines of label text: fewer lanes show, the rest scroll. ... but the air above a line grows with the text only up to this many pixels: at zoom 2 half a line of air per lane left room for one lane (issue 21). At least LANES_AT_LEAST lanes fit. Marker positions labels keep clear of, at most (beyond, only the candidates' markers). Candidates the label placement tries, most important first. Prepared drawings (merged spans, thinned markers) serve zoom changes up to this factor. A label's text item has this margin on every side (Qt's default is 4: too tall for a lane). Above this many bars in the exposed area, replay one recorded picture of them all.</extracomment>
            <translation>Усе</translation>
        </message>
        <message>
            <source>Show every event (Ctrl+T)</source>
            <translation>Показати всі події (Ctrl+T)</translation>
        </message>
        <message>
            <source>Zoom to country</source>
            <translation>До країни</translation>
        </message>
        <message>
            <source>Show the selected country's events (Ctrl+Shift+T)</source>
            <translation>Показати події вибраної країни (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Date filter</source>
            <translation>Фільтр дат</translation>
        </message>
        <message>
            <source>Filter by a date range: drag the shaded band's edges, or Shift+drag on the timeline</source>
            <translation>Фільтр за діапазоном дат: перетягніть краї затіненої смуги або перетягніть із Shift на хронології</translation>
        </message>
        <message>
            <source>Marker shape and colour = category; filled = confirmed, ring = reported, dashed ring = claimed, crossed = disputed; bar = the window of days a vague date allows; background band = stance (its edge line is dashed differently per stance; the chips on the as-of line give its first letter)</source>
            <translation>Форма й колір позначки = категорія; заповнена = підтверджено, кільце = за повідомленнями, пунктирне кільце = заява, перекреслена = оскаржено; смуга = проміжок днів, який допускає неточна дата; фонова смуга = позиція (її крайова лінія має свій пунктир для кожної позиції; фішки на лінії дати показують її першу літеру)</translation>
        </message>
        <message>
            <source>Scroll the lanes</source>
            <translation>Прокрутити рядки</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронологія</translation>
        </message>
        <message>
            <source>Left and Right: the previous or next event; Up and Down: the lane above or below; Shift with the arrows pans; plus and minus zoom; Home shows everything; Enter opens the selected event; F6 lists every event as a table</source>
            <translation>Ліворуч і праворуч: попередня або наступна подія; вгору й вниз: рядок вище або нижче; Shift зі стрілками прокручує; плюс і мінус змінюють масштаб; Home показує все; Enter відкриває вибрану подію; F6 показує всі події таблицею</translation>
        </message>
        <message>
            <source>Drawing the timeline…</source>
            <translation>Малювання хронології…</translation>
        </message>
        <message>
            <source>according to {who}</source>
            <translation>за даними: {who}</translation>
        </message>
        <message>
            <source>Timeline, selected: {event}</source>
            <translation>Хронологія, вибрано: {event}</translation>
        </message>
        <message>
            <source>no newer source</source>
            <translation>без новіших джерел</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>підтверджено</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>за повідомленнями</translation>
        </message>
        <message>
            <source>claimed</source>
            <translation>заява</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>оскаржено</translation>
        </message>
        <message>
            <source>vague date</source>
            <translation>неточна дата</translation>
        </message>
        <message>
            <source>Updating the timeline…</source>
            <translation>Оновлення хронології…</translation>
        </message>
        <message>
            <source>, according to {attribution}</source>
            <extracomment>The newest day any stance is reported for; after it the bands say "no newer source".</extracomment>
            <translation>, за даними: {attribution}</translation>
        </message>
    </context>
    <context>
        <name>ToursPanel</name>
        <message>
            <source>New Tour…</source>
            <translation>Новий маршрут…</translation>
        </message>
        <message>
            <source>New from Shown Events…</source>
            <translation>Новий з показаних подій…</translation>
        </message>
        <message>
            <source>A tour of the events now shown for the selected country (or all), with the filters applied</source>
            <translation>Маршрут подій, показаних зараз для вибраної країни (або всіх), з урахуванням фільтрів</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Перейменувати…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Видалити</translation>
        </message>
        <message>
            <source>Add Selected</source>
            <translation>Додати вибране</translation>
        </message>
        <message>
            <source>Add the event or quote selected in the Country tab or on the timeline</source>
            <translation>Додати подію або цитату, вибрану у вкладці «Країна» чи на хронології</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Вилучити</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>Вище</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Нижче</translation>
        </message>
        <message>
            <source>Tours</source>
            <translation>Маршрути</translation>
        </message>
        <message>
            <source>Stops of the selected tour</source>
            <translation>Зупинки вибраного маршруту</translation>
        </message>
        <message>
            <source>Enter shows a stop; drag or Move Up and Move Down reorder them</source>
            <translation>Enter показує зупинку; перетягніть або скористайтеся кнопками «Вище» й «Нижче», щоб змінити порядок</translation>
        </message>
        <message>
            <source>Present This Tour</source>
            <translation>Презентувати цей маршрут</translation>
        </message>
        <message>
            <source>&lt;b&gt;Steps&lt;/b&gt; — drag to reorder; double-click to show one</source>
            <translation>&lt;b&gt;Кроки&lt;/b&gt; — перетягніть, щоб змінити порядок; двічі клацніть, щоб показати</translation>
        </message>
        <message>
            <source>(missing {kind} {item_id})</source>
            <translation>(бракує: {kind} {item_id})</translation>
        </message>
        <message>
            <source>Event: </source>
            <translation>Подія: </translation>
        </message>
        <message>
            <source>Tour not saved</source>
            <translation>Маршрут не збережено</translation>
        </message>
        <message>
            <source>Name of the tour:</source>
            <translation>Назва маршруту:</translation>
        </message>
        <message>
            <source>New Tour</source>
            <translation>Новий маршрут</translation>
        </message>
        <message>
            <source>{where}: the story</source>
            <translation>{where}: історія</translation>
        </message>
        <message>
            <source>Rename Tour</source>
            <translation>Перейменувати маршрут</translation>
        </message>
        <message>
            <source>Delete Tour</source>
            <translation>Видалити маршрут</translation>
        </message>
        <message>
            <source>Delete the tour “{name}”? The events stay.</source>
            <translation>Видалити маршрут «{name}»? Події лишаться.</translation>
        </message>
        <message>
            <source>Select an event or a quote first</source>
            <translation>Спершу виберіть подію або цитату</translation>
        </message>
    </context>
    <context>
        <name>Worksheet</name>
        <message>
            <source>Who said this?</source>
            <translation>Хто це сказав?</translation>
        </message>
        <message>
            <source>Put these events in date order, earliest first. Write the letters in order.</source>
            <translation>Упорядкуйте ці події за датою, від найранішої. Запишіть літери по порядку.</translation>
        </message>
        <message>
            <source>Which country is this about? (Its names are masked as [country], its people's as [person].)</source>
            <translation>Про яку це країну? (Її назви приховано як [country], імена її людей — як [person].)</translation>
        </message>
        <message>
            <source>How sure is the source of this?</source>
            <translation>Наскільки джерело в цьому впевнене?</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Підтверджено</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Повідомляється</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>Стверджується</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>Оскаржується</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Вікторина</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Ім’я:</translation>
        </message>
        <message>
            <source>Class:</source>
            <translation>Клас:</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Порядок:</translation>
        </message>
        <message>
            <source>Seed {seed} · questions from: {filters} · made {made}</source>
            <translation>Зерно {seed} · запитання з: {filters} · створено {made}</translation>
        </message>
        <message>
            <source>Context: {context}</source>
            <translation>Контекст: {context}</translation>
        </message>
        <message>
            <source>Answer key</source>
            <translation>Відповіді</translation>
        </message>
        <message>
            <source>Seed {seed}</source>
            <translation>Зерно {seed}</translation>
        </message>
        <message>
            <source>who says so: {who}</source>
            <translation>хто це стверджує: {who}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Джерело: {source}</translation>
        </message>
        <message>
            <source>no questions: the filters leave too little to ask about</source>
            <translation>немає запитань: після фільтрів замало даних</translation>
        </message>
        <message>
            <source>{title} · quiz, seed {seed} · made {made}</source>
            <translation>{title} · вікторина, зерно {seed} · створено {made}</translation>
        </message>
        <message>
            <source>{title} · answer key, seed {seed}</source>
            <translation>{title} · відповіді, зерно {seed}</translation>
        </message>
        <message>
            <source>Quiz worksheet, seed {seed}</source>
            <translation>Аркуш вікторини, зерно {seed}</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Your copy of the bundled data, {path}, could not be opened: {problem}</source>
            <translation>Не вдалося відкрити вашу копію вбудованих даних, {path}: {problem}</translation>
        </message>
        <message>
            <source>The database you used last, {path}, could not be opened: {problem}</source>
            <translation>Не вдалося відкрити останню використану базу даних, {path}: {problem}</translation>
        </message>
        <message>
            <source>The bundled dataset is open instead; the other file was left as it was.</source>
            <translation>Натомість відкрито вбудований набір даних; інший файл лишився як був.</translation>
        </message>
    </context>
    <context>
        <name>db</name>
        <message>
            <source>Stance: {stance}</source>
            <translation>Позиція: {stance}</translation>
        </message>
        <message>
            <source>{confidence} but nobody is named as saying so</source>
            <translation>«{confidence}», але не названо, хто це стверджує</translation>
        </message>
        <message>
            <source>undated: only known to hold by {day}</source>
            <translation>без дати: відомо лише, що чинне на {day}</translation>
        </message>
        <message>
            <source>a year or more</source>
            <translation>рік або більше</translation>
        </message>
        <message numerus="yes">
            <source>%n years</source>
            <translation>
                <numerusform>%n рік</numerusform>
                <numerusform>%n роки</numerusform>
                <numerusform>%n років</numerusform>
            </translation>
        </message>
        <message>
            <source>“{label}” allows {what}</source>
            <translation>«{label}» допускає {what}</translation>
        </message>
        <message>
            <source>its excerpt is no longer in the source's text (edited?)</source>
            <translation>його уривка більше немає в тексті джерела (відредаговано?)</translation>
        </message>
        <message>
            <source>the quote has no speaker</source>
            <translation>у цитати немає мовця</translation>
        </message>
        <message>
            <source>no alignment period covers {day}</source>
            <translation>жоден період позиції не охоплює {day}</translation>
        </message>
        <message>
            <source>the figure has no unit</source>
            <translation>у показника немає одиниці</translation>
        </message>
        <message>
            <source>{name} is locked by another program that is writing to it.</source>
            <extracomment>Files up to this size get a full ``PRAGMA quick_check`` on open (0.15 s for 94 MB from the disk cache); larger ones a cheap check of the page count (see ``check_integrity``).</extracomment>
            <translation>{name} заблоковано іншою програмою, яка зараз у нього записує.</translation>
        </message>
        <message>
            <source>Close the other program (or wait for it to finish) and try again.</source>
            <translation>Закрийте іншу програму (або зачекайте, доки вона закінчить) і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>{name} is damaged (SQLite says: {error}).</source>
            <translation>{name} пошкоджено (SQLite повідомляє: {error}).</translation>
        </message>
        <message>
            <source>Open a backup copy, or use File ▸ Restore the bundled dataset.</source>
            <translation>Відкрийте резервну копію або скористайтеся пунктом Файл ▸ Відновити вбудований набір даних.</translation>
        </message>
        <message>
            <source>{name} cannot be written to.</source>
            <translation>У {name} неможливо записувати.</translation>
        </message>
        <message>
            <source>Open it read-only, or save a copy somewhere you can write.</source>
            <translation>Відкрийте його лише для читання або збережіть копію там, де можна записувати.</translation>
        </message>
        <message>
            <source>The disk holding {name} is full.</source>
            <translation>Диск, на якому лежить {name}, заповнено.</translation>
        </message>
        <message>
            <source>Free some space and try again; nothing was changed.</source>
            <translation>Звільніть трохи місця і спробуйте ще раз; нічого не змінено.</translation>
        </message>
        <message>
            <source>The disk reported an error while reading {name} (SQLite says: {error}).</source>
            <translation>Диск повідомив про помилку під час читання {name} (SQLite повідомляє: {error}).</translation>
        </message>
        <message>
            <source>Check the disk or USB stick, or copy the file somewhere else and open the copy.</source>
            <translation>Перевірте диск або USB-накопичувач чи скопіюйте файл деінде і відкрийте копію.</translation>
        </message>
        <message>
            <source>{name} could not be opened: {error}.</source>
            <translation>Не вдалося відкрити {name}: {error}.</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>базу даних</translation>
        </message>
        <message>
            <source>The text contains a character that cannot be saved (an unpaired surrogate).</source>
            <translation>Текст містить символ, який неможливо зберегти (непарний сурогат).</translation>
        </message>
        <message>
            <source>Nothing was changed. Retype the text around the odd character and try again.</source>
            <translation>Нічого не змінено. Наберіть текст навколо дивного символу заново і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>{name} is being changed by another program or window, so this change could not be saved.</source>
            <translation>{name} саме змінює інша програма або інше вікно, тож цю зміну не вдалося зберегти.</translation>
        </message>
        <message>
            <source>Nothing was changed. Wait a moment and try again, or close the other program.</source>
            <translation>Нічого не змінено. Зачекайте трохи і спробуйте ще раз або закрийте іншу програму.</translation>
        </message>
        <message>
            <source>There is no room left on the disk to save this change to {name}.</source>
            <translation>На диску не лишилося місця, щоб зберегти цю зміну в {name}.</translation>
        </message>
        <message>
            <source>Nothing was changed. Free some disk space and try again.</source>
            <translation>Нічого не змінено. Звільніть місце на диску і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>{name} cannot be changed: its folder is read-only.</source>
            <translation>{name} неможливо змінити: його тека доступна лише для читання.</translation>
        </message>
        <message>
            <source>{name} cannot be changed: it is read-only.</source>
            <translation>{name} неможливо змінити: файл доступний лише для читання.</translation>
        </message>
        <message>
            <source>Nothing was changed. Save a copy somewhere you can write, and edit the copy.</source>
            <translation>Нічого не змінено. Збережіть копію там, де можна записувати, і редагуйте копію.</translation>
        </message>
        <message>
            <source>The disk reported an error while saving to {name} (SQLite says: {error}).</source>
            <translation>Диск повідомив про помилку під час збереження в {name} (SQLite повідомляє: {error}).</translation>
        </message>
        <message>
            <source>Nothing was changed. Check the disk or USB stick, then try again.</source>
            <translation>Нічого не змінено. Перевірте диск або USB-накопичувач і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>{name} turned out to be damaged while saving (SQLite says: {error}).</source>
            <translation>Під час збереження виявилося, що {name} пошкоджено (SQLite повідомляє: {error}).</translation>
        </message>
        <message>
            <source>Nothing was changed. Save a copy, then open a backup or restore the bundled dataset.</source>
            <translation>Нічого не змінено. Збережіть копію, а тоді відкрийте резервну копію або відновіть вбудований набір даних.</translation>
        </message>
        <message>
            <source>This change conflicts with other entries in {name} (SQLite says: {error}).</source>
            <translation>Ця зміна суперечить іншим записам у {name} (SQLite повідомляє: {error}).</translation>
        </message>
        <message>
            <source>Nothing was changed. Reload and try again.</source>
            <translation>Нічого не змінено. Завантажте дані заново і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>This change could not be saved to {name}: {error}.</source>
            <translation>Цю зміну не вдалося зберегти в {name}: {error}.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Нічого не змінено.</translation>
        </message>
        <message>
            <source>{path} cannot be used: {reason}.</source>
            <translation>{path} неможливо використати: {reason}.</translation>
        </message>
        <message>
            <source>{path} is a loop of symbolic links: it leads back to itself.</source>
            <translation>{path} — це петля символьних посилань: вона веде сама до себе.</translation>
        </message>
        <message>
            <source>Point the link at a database file, or give the file's own path.</source>
            <translation>Спрямуйте посилання на файл бази даних або вкажіть власний шлях до файлу.</translation>
        </message>
        <message>
            <source>{path} is a symbolic link to {target}, which does not exist.</source>
            <translation>{path} — символьне посилання на {target}, якого не існує.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Теки {folder} не існує.</translation>
        </message>
        <message>
            <source>Choose another place.</source>
            <translation>Виберіть інше місце.</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>Файлу {path} немає.</translation>
        </message>
        <message>
            <source>Check the path, or use File ▸ Open to choose a database.</source>
            <translation>Перевірте шлях або виберіть базу даних через Файл ▸ Відкрити базу даних.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} — це тека, а не файл бази даних.</translation>
        </message>
        <message>
            <source>Choose the .db file inside it.</source>
            <translation>Виберіть файл .db усередині неї.</translation>
        </message>
        <message>
            <source>You do not have permission to read {path}.</source>
            <translation>У вас немає дозволу читати {path}.</translation>
        </message>
        <message>
            <source>Check the file's permissions.</source>
            <translation>Перевірте права доступу до файлу.</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}.</source>
            <translation>{path} неможливо прочитати: {reason}.</translation>
        </message>
        <message>
            <source>{name} is empty: it is not an Ally Explorer database.</source>
            <translation>{name} порожній: це не база даних Ally Explorer.</translation>
        </message>
        <message>
            <source>It may be an interrupted copy; copy it again, or open another file.</source>
            <translation>Можливо, копіювання було перервано; скопіюйте його ще раз або відкрийте інший файл.</translation>
        </message>
        <message>
            <source>{name} is not a SQLite database.</source>
            <translation>{name} не є базою даних SQLite.</translation>
        </message>
        <message>
            <source>Ally Explorer opens .db files it made; JSON exports are opened with File ▸ Import.</source>
            <translation>Ally Explorer відкриває створені ним файли .db; експорти JSON відкривають через Файл ▸ Імпортувати JSON.</translation>
        </message>
        <message>
            <source>{name} is damaged: {problem}.</source>
            <translation>{name} пошкоджено: {problem}.</translation>
        </message>
        <message>
            <source>{name} is damaged: it holds {size} bytes where its header promises {promised}.</source>
            <translation>{name} пошкоджено: у ньому {size} байтів, а заголовок обіцяє {promised}.</translation>
        </message>
        <message>
            <source>It may be an interrupted copy; copy it again, or open a backup.</source>
            <translation>Можливо, копіювання було перервано; скопіюйте його ще раз або відкрийте резервну копію.</translation>
        </message>
        <message>
            <source>The database</source>
            <extracomment>Tables ``check_rows`` does not scan: the UN votes (870,000 rows, 0.1 s of every start-up) are only counted, and their one lookup by vote code has a fallback (``unvotes.VOTE_NAMES``).</extracomment>
            <translation>База даних</translation>
        </message>
        <message>
            <source>{name} holds a row that breaks its own rules (table {table}, row {row}: {values}); another program must have written it with its checks turned off.</source>
            <translation>{name} містить рядок, що порушує його власні правила (таблиця {table}, рядок {row}: {values}); мабуть, його записала інша програма з вимкненими перевірками.</translation>
        </message>
        <message>
            <source>Correct or delete that row in that program, or open a backup copy.</source>
            <translation>Виправте або видаліть цей рядок у тій програмі чи відкрийте резервну копію.</translation>
        </message>
        <message numerus="yes">
            <source>{shown} and %n more</source>
            <translation>
                <numerusform>{shown} і ще %n</numerusform>
                <numerusform>{shown} і ще %n</numerusform>
                <numerusform>{shown} і ще %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is damaged: parts of its layout are missing ({missing}).</source>
            <translation>{name} пошкоджено: бракує частин його структури ({missing}).</translation>
        </message>
        <message>
            <source>{name} is a SQLite database, but not an Ally Explorer one.</source>
            <translation>{name} — база даних SQLite, але не Ally Explorer.</translation>
        </message>
        <message>
            <source>Open a file made by Ally Explorer, or import a JSON export into a new database.</source>
            <translation>Відкрийте файл, створений Ally Explorer, або імпортуйте експорт JSON у нову базу даних.</translation>
        </message>
        <message>
            <source>{name} was made by a newer version of Ally Explorer (it has: {steps}).</source>
            <translation>{name} створено новішою версією Ally Explorer (у ньому є: {steps}).</translation>
        </message>
        <message>
            <source>Update Ally Explorer to open it; the file was not changed.</source>
            <translation>Оновіть Ally Explorer, щоб його відкрити; файл не змінено.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>диск заповнено</translation>
        </message>
        <message>
            <source>{name} uses an older layout, and the backup copy that must be made before updating it could not be written: {reason}.</source>
            <translation>{name} має старішу структуру, а резервну копію, яку треба зробити перед його оновленням, не вдалося записати: {reason}.</translation>
        </message>
        <message>
            <source>Free some disk space and open it again; nothing was changed.</source>
            <translation>Звільніть місце на диску і відкрийте його знову; нічого не змінено.</translation>
        </message>
        <message>
            <source>Make the user data folder writable and open it again; nothing was changed.</source>
            <translation>Дозвольте запис у теку даних користувача і відкрийте його знову; нічого не змінено.</translation>
        </message>
        <message>
            <source>{path} is the bundled dataset, which is never changed in place.</source>
            <translation>{path} — вбудований набір даних, який ніколи не змінюється на місці.</translation>
        </message>
        <message>
            <source>Give --db FILE to {command} into a database of your own (a new file is created).</source>
            <translation>Укажіть --db ФАЙЛ, щоб виконати {command} у власну базу даних (буде створено новий файл).</translation>
        </message>
        <message>
            <source>Do not delete {name}-journal (it holds what the repair needs). Open it once for editing (not read-only) and SQLite undoes the interrupted change.</source>
            <translation>Не видаляйте {name}-journal (у ньому те, що потрібно для відновлення). Відкрийте файл один раз для редагування (не лише для читання), і SQLite скасує перервану зміну.</translation>
        </message>
        <message>
            <source>Do not delete {name}-journal (it holds what the repair needs). Copy {name} and {name}-journal together (both, or the copy is half-written) to a folder you can write, and open the copy there for editing: SQLite then undoes the interrupted change.</source>
            <translation>Не видаляйте {name}-journal (у ньому те, що потрібно для відновлення). Скопіюйте {name} разом із {name}-journal (обидва, інакше копія буде недописаною) у теку, де можна записувати, і відкрийте там копію для редагування: тоді SQLite скасує перервану зміну.</translation>
        </message>
        <message>
            <source>{name} has a hot journal ({name}-journal): a program was interrupted while changing it, and that change must be undone before the file can be read.</source>
            <translation>{name} має «гарячий» журнал ({name}-journal): програму перервали, коли вона змінювала файл, і цю зміну треба скасувати, перш ніж файл можна буде прочитати.</translation>
        </message>
        <message>
            <source>{name}-wal holds changes that are not yet in {name}, and reading them needs a {name}-shm file next to it, but the folder is read-only.</source>
            <translation>{name}-wal містить зміни, яких ще немає в {name}, а щоб їх прочитати, поруч потрібен файл {name}-shm, але тека доступна лише для читання.</translation>
        </message>
        <message>
            <source>Copy {name} and {name}-wal together to a folder you can write, and open the copy.</source>
            <translation>Скопіюйте {name} разом із {name}-wal у теку, де можна записувати, і відкрийте копію.</translation>
        </message>
        <message>
            <source>{name} itself is fine, but the file {name}-wal next to it does not belong to it (it may be left over from another copy of the database).</source>
            <translation>Сам {name} справний, але файл {name}-wal поруч із ним йому не належить (можливо, лишився від іншої копії бази даних).</translation>
        </message>
        <message>
            <source>Move {name}-wal somewhere else and open {name} again; nothing was changed.</source>
            <translation>Перемістіть {name}-wal деінде і відкрийте {name} знову; нічого не змінено.</translation>
        </message>
        <message>
            <source>{name} uses an older layout and must be updated before it can be read.</source>
            <translation>{name} має старішу структуру, і його треба оновити, перш ніж його можна буде прочитати.</translation>
        </message>
        <message>
            <source>{name} uses an older layout and must be updated before it can be read, but it cannot be written to.</source>
            <translation>{name} має старішу структуру, і його треба оновити, перш ніж його можна буде прочитати, але в нього неможливо записувати.</translation>
        </message>
        <message>
            <source>Open it for editing once (a backup copy is written first).</source>
            <translation>Відкрийте його один раз для редагування (спершу буде записано резервну копію).</translation>
        </message>
        <message>
            <source>Copy it somewhere you can write and open the copy (a backup copy is written first).</source>
            <translation>Скопіюйте його туди, де можна записувати, і відкрийте копію (спершу буде записано резервну копію).</translation>
        </message>
        <message>
            <source>{name} must be updated to this version's layout, but another program is using it.</source>
            <translation>{name} треба оновити до структури цієї версії, але його використовує інша програма.</translation>
        </message>
        <message>
            <source>Close the other program (or window) and open it again.</source>
            <translation>Закрийте іншу програму (або вікно) і відкрийте його знову.</translation>
        </message>
    </context>
    <context>
        <name>entities</name>
        <message>
            <source>country</source>
            <translation>країна</translation>
        </message>
        <message>
            <source>countries</source>
            <translation>країни</translation>
        </message>
        <message>
            <source>ISO code</source>
            <translation>Код ISO</translation>
        </message>
        <message>
            <source>ISO 3166-1 alpha-3, three capital letters, e.g. BLR.</source>
            <translation>ISO 3166-1 alpha-3, три великі літери, напр. BLR.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>ISO alpha-2</source>
            <translation>ISO alpha-2</translation>
        </message>
        <message>
            <source>Two capital letters, e.g. BY (for the flag).</source>
            <translation>Дві великі літери, напр. BY (для прапора).</translation>
        </message>
        <message>
            <source>ISO numeric</source>
            <translation>Цифровий код ISO</translation>
        </message>
        <message>
            <source>Three digits, e.g. 112 (for the map).</source>
            <translation>Три цифри, напр. 112 (для карти).</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регіон</translation>
        </message>
        <message>
            <source>Also known as</source>
            <translation>Інші назви</translation>
        </message>
        <message>
            <source>Other names the filter should match, separated by semicolons.</source>
            <translation>Інші назви, за якими має знаходити фільтр, через крапку з комою.</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Підсумок</translation>
        </message>
        <message>
            <source>Profiled ally</source>
            <translation>Союзник з профілем</translation>
        </message>
        <message>
            <source>person</source>
            <translation>особа</translation>
        </message>
        <message>
            <source>people</source>
            <translation>особи</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Ключ</translation>
        </message>
        <message>
            <source>Short lower-case key, e.g. “zelensky”; made from the name if left empty.</source>
            <translation>Короткий ключ малими літерами, напр. «zelensky»; якщо лишити порожнім, утвориться з імені.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Країна</translation>
        </message>
        <message>
            <source>Editor's note</source>
            <translation>Примітка редактора</translation>
        </message>
        <message>
            <source>source</source>
            <translation>джерело</translation>
        </message>
        <message>
            <source>sources</source>
            <translation>джерела</translation>
        </message>
        <message>
            <source>Short lower-case key, e.g. “article”; made from the title if left empty.</source>
            <translation>Короткий ключ малими літерами, напр. «article»; якщо лишити порожнім, утвориться з назви.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Видавець</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубліковано</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Licence note</source>
            <translation>Примітка про ліцензію</translation>
        </message>
        <message>
            <source>Who owns the text and on what terms it is kept here.</source>
            <translation>Кому належить текст і на яких умовах він тут зберігається.</translation>
        </message>
        <message>
            <source>Full text</source>
            <translation>Повний текст</translation>
        </message>
        <message>
            <source>The source's text, verbatim: every excerpt citing it must occur in it.</source>
            <translation>Текст джерела дослівно: кожен уривок, що на нього посилається, має в ньому бути.</translation>
        </message>
        <message>
            <source>event</source>
            <translation>подія</translation>
        </message>
        <message>
            <source>events</source>
            <translation>події</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>As the source words it: “early 2025”, “June 2024”, “19 June 2024”, “2022–2023”.</source>
            <translation>Так, як подає джерело (англійською): «early 2025», «June 2024», «19 June 2024», «2022–2023».</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категорія</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Певність</translation>
        </message>
        <message>
            <source>How sure the source is.</source>
            <translation>Наскільки певне джерело.</translation>
        </message>
        <message>
            <source>Attributed to</source>
            <translation>Хто стверджує</translation>
        </message>
        <message>
            <source>Who asserts it (needed unless confirmed), e.g. “Ukrainian intelligence”.</source>
            <translation>Хто це стверджує (потрібно, якщо не підтверджено), напр. «Ukrainian intelligence».</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Країни</translation>
        </message>
        <message>
            <source>Every country the event involves; the first is its main one.</source>
            <translation>Усі країни, яких стосується подія; перша — головна.</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Важливість</translation>
        </message>
        <message>
            <source>1 minor, 2 notable, 3 headline: decides which labels the timeline shows first.</source>
            <translation>1 — незначна, 2 — помітна, 3 — головна: визначає, які підписи хронологія показує першими.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <source>Source excerpt</source>
            <translation>Уривок джерела</translation>
        </message>
        <message>
            <source>The source's own words backing this entry, verbatim.</source>
            <translation>Власні слова джерела, що підтверджують цей запис, дослівно.</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>заява</translation>
        </message>
        <message>
            <source>statements</source>
            <translation>заяви</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>Verbatim, without the quotation marks.</source>
            <translation>Дослівно, без лапок.</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Мовець</translation>
        </message>
        <message>
            <source>About country</source>
            <translation>Про країну</translation>
        </message>
        <message>
            <source>The country the statement is about, not the speaker's.</source>
            <translation>Країна, про яку заява, а не країна мовця.</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Контекст</translation>
        </message>
        <message>
            <source>alignment period</source>
            <translation>період позиції</translation>
        </message>
        <message>
            <source>alignment periods</source>
            <translation>періоди позиції</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Позиція</translation>
        </message>
        <message>
            <source>Still current</source>
            <translation>Досі чинна</translation>
        </message>
        <message>
            <source>The stance still held when the source was written.</source>
            <translation>Позиція ще трималася, коли писалося джерело.</translation>
        </message>
        <message>
            <source>key figure</source>
            <translation>ключовий показник</translation>
        </message>
        <message>
            <source>key figures</source>
            <translation>ключові показники</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Підпис</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>Уточнення</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значення</translation>
        </message>
        <message>
            <source>Up to</source>
            <translation>До</translation>
        </message>
        <message>
            <source>Upper end of a range, e.g. 30000 in 25,000–30,000.</source>
            <translation>Верхня межа діапазону, напр. 30000 у 25,000–30,000.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Одиниця</translation>
        </message>
        <message>
            <source>e.g. %, troops, USD billion.</source>
            <translation>напр. %, troops, USD billion.</translation>
        </message>
    </context>
    <context>
        <name>tabs</name>
        <message>
            <source>Views</source>
            <translation>Вкладки</translation>
        </message>
    </context>
    <context>
        <name>toolbar</name>
        <message>
            <source>More toolbar buttons</source>
            <translation>Інші кнопки панелі інструментів</translation>
        </message>
    </context>
    <context>
        <name>twin</name>
        <message>
            <source>List</source>
            <translation>Список</translation>
        </message>
        <message>
            <source>The map's countries and what their colour says, as a list</source>
            <translation>Країни карти та що означає їхній колір — у вигляді списку</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <source>is required</source>
            <extracomment>A person's or source's key: letters (any script, lower case), digits, - and _; made by slugify. Latin letters that Unicode does not decompose into a base letter and a mark.</extracomment>
            <translation>обов’язкове</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>має бути текстом</translation>
        </message>
        <message>
            <source>is too long ({length:,} characters; at most {limit:,})</source>
            <translation>задовге ({length:,} символів; щонайбільше {limit:,})</translation>
        </message>
        <message>
            <source>must be one of: {choices}</source>
            <translation>має бути одним із: {choices}</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>має бути цілим числом</translation>
        </message>
        <message>
            <source>must be yes or no</source>
            <translation>має бути «так» або «ні»</translation>
        </message>
        <message>
            <source>is too long (at most {limit:,} characters in all)</source>
            <translation>задовге (щонайбільше {limit:,} символів разом)</translation>
        </message>
        <message>
            <source>must be a list of ids</source>
            <translation>має бути списком ключів</translation>
        </message>
        <message>
            <source>needs at least one</source>
            <translation>потрібен принаймні один</translation>
        </message>
        <message>
            <source>{problem} (or give the window explicitly)</source>
            <translation>{problem} (або задайте проміжок явно)</translation>
        </message>
        <message>
            <source>give both ends of the window, or neither</source>
            <translation>укажіть обидві межі проміжку або жодної</translation>
        </message>
        <message>
            <source>“{text}” is not a date (YYYY-MM-DD)</source>
            <translation>«{text}» — не дата (РРРР-ММ-ДД)</translation>
        </message>
        <message>
            <source>ends ({end}) before it starts ({start})</source>
            <translation>закінчується ({end}) раніше, ніж починається ({start})</translation>
        </message>
        <message>
            <source>must be three capital letters (ISO 3166-1 alpha-3), e.g. BLR</source>
            <translation>має бути трьома великими літерами (ISO 3166-1 alpha-3), напр. BLR</translation>
        </message>
        <message>
            <source>must be two capital letters, e.g. BY</source>
            <translation>має бути двома великими літерами, напр. BY</translation>
        </message>
        <message>
            <source>must be three digits, e.g. 112</source>
            <translation>має бути трьома цифрами, напр. 112</translation>
        </message>
        <message>
            <source>must be lower-case letters, digits, - or _ (at most 64)</source>
            <translation>має складатися з малих літер, цифр, - або _ (щонайбільше 64)</translation>
        </message>
        <message>
            <source>say who asserts it: a “{confidence}” claim needs an attribution</source>
            <translation>укажіть, хто це стверджує: твердження «{confidence}» потребує автора</translation>
        </message>
        <message>
            <source>must be 1, 2 or 3</source>
            <translation>має бути 1, 2 або 3</translation>
        </message>
        <message>
            <source>the upper end ({high:g}) is below the value ({low:g})</source>
            <translation>верхня межа ({high:g}) менша за значення ({low:g})</translation>
        </message>
    </context>
    <context>
        <name>vocab</name>
        <message>
            <source>Ally</source>
            <translation>Союзник</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнер</translation>
        </message>
        <message>
            <source>Russia-friendly</source>
            <translation>Проросійська</translation>
        </message>
        <message>
            <source>Balancer</source>
            <translation>Балансує</translation>
        </message>
        <message>
            <source>Drifting away</source>
            <translation>Віддаляється</translation>
        </message>
        <message>
            <source>Supports Ukraine</source>
            <translation>Підтримує Україну</translation>
        </message>
        <message>
            <source>Mutual-defence pact or union with Russia, its own troops or territory in Russia's war, or a client regime.</source>
            <translation>Договір про взаємну оборону чи союз із Росією, власні війська або територія у війні Росії, або залежний режим.</translation>
        </message>
        <message>
            <source>Strategic partner: substantial material, military or economic support, without a pact, troops or territory.</source>
            <translation>Стратегічний партнер: істотна матеріальна, військова чи економічна підтримка без договору, військ чи території.</translation>
        </message>
        <message>
            <source>Politically sympathetic: shields Russia inside Western institutions.</source>
            <translation>Політично прихильна: захищає Росію всередині західних інституцій.</translation>
        </message>
        <message>
            <source>Keeps working ties with both sides; trades with Russia but does not back the war.</source>
            <translation>Підтримує робочі зв’язки з обома сторонами; торгує з Росією, але не підтримує війну.</translation>
        </message>
        <message>
            <source>A former close partner now moving away from Moscow.</source>
            <translation>Колишній близький партнер, що тепер віддаляється від Москви.</translation>
        </message>
        <message>
            <source>Supports Ukraine or acts against Russia's war.</source>
            <translation>Підтримує Україну або діє проти війни Росії.</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Підтверджено</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>За повідомленнями</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>Заявлено</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>Спірно</translation>
        </message>
        <message>
            <source>Stated as fact by the source, or a public act on the record.</source>
            <translation>Джерело подає як факт, або це задокументована публічна дія.</translation>
        </message>
        <message>
            <source>The source says 'reportedly' or 'according to ...', or gives an expectation with nobody named.</source>
            <translation>Джерело пише «за повідомленнями» чи «за даними …» або подає очікування, не називаючи нікого.</translation>
        </message>
        <message>
            <source>One party's own claim.</source>
            <translation>Власне твердження однієї сторони.</translation>
        </message>
        <message>
            <source>Sides disagree.</source>
            <translation>Сторони не згодні між собою.</translation>
        </message>
        <message>
            <source>Military</source>
            <translation>Військова</translation>
        </message>
        <message>
            <source>Economic</source>
            <translation>Економічна</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Енергетична</translation>
        </message>
        <message>
            <source>Diplomatic</source>
            <translation>Дипломатична</translation>
        </message>
        <message>
            <source>Political</source>
            <translation>Політична</translation>
        </message>
    </context>
</TS>
