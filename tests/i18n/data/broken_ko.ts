<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A fixture for the translation check: one mistake of each kind, and messages that are fine. -->
<TS version="2.1" language="ko_KR">
<context>
    <name>Main</name>
    <message>
        <source>Good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished">미완성</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry again</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>환경</translation>
    </message>
    <message numerus="yes">
        <source>%n deployments</source>
        <translation>
            <numerusform>배포 %n개</numerusform>
            <numerusform>배포 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">사라짐</translation>
    </message>
</context>
</TS>
