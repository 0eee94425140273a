<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Formats</name>
    <message numerus="yes">
        <location filename="../../clienteling/ui/formats.py" line="193"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clienteling/ui/formats.py" line="190"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clienteling/ui/formats.py" line="187"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message numerus="yes">
        <location filename="../../clienteling/ui/coach_pages.py" line="105"/>
        <source>%n scenario(s) for managers are not listed: they practise what only a manager may do (such as erasing a shopper). Sign in as a manager to see them.</source>
        <translation>
            <numerusform>%n scenario for managers is not listed: it practises what only a manager may do (such as erasing a shopper). Sign in as a manager to see it.</numerusform>
            <numerusform>%n scenarios for managers are not listed: they practise what only a manager may do (such as erasing a shopper). Sign in as a manager to see them.</numerusform>
        </translation>
    </message>
</context>
</TS>
