<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>Completion</name>
    <message numerus="yes">
      <source>%n step(s) answered for {order}.</source>
      <translation>
        <numerusform>%n step answered for {order}.</numerusform>
        <numerusform>%n steps answered for {order}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>⚠  %n nonconformance(s) recorded in this job</source>
      <translation>
        <numerusform>⚠  %n nonconformance recorded in this job</numerusform>
        <numerusform>⚠  %n nonconformances recorded in this job</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExceptionQueue</name>
    <message numerus="yes">
      <source>%n exception(s) on {line}</source>
      <translation>
        <numerusform>%n exception on {line}</numerusform>
        <numerusform>%n exceptions on {line}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExceptionWording</name>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Handoff</name>
    <message numerus="yes">
      <source>🎤 %n voice note(s) kept for the handoff</source>
      <translation>
        <numerusform>🎤 %n voice note kept for the handoff</numerusform>
        <numerusform>🎤 %n voice notes kept for the handoff</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HandoffSummaryView</name>
    <message numerus="yes">
      <source>%n nonconforming step result(s).</source>
      <translation>
        <numerusform>%n nonconforming step result.</numerusform>
        <numerusform>%n nonconforming step results.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) not yet sent to the server</source>
      <translation>
        <numerusform>%n record not yet sent to the server</numerusform>
        <numerusform>%n records not yet sent to the server</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>🎤 %n voice note(s)</source>
      <translation>
        <numerusform>🎤 %n voice note</numerusform>
        <numerusform>🎤 %n voice notes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Home</name>
    <message numerus="yes">
      <source>%n order(s) queued at this station</source>
      <translation>
        <numerusform>%n order queued at this station</numerusform>
        <numerusform>%n orders queued at this station</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PatternWording</name>
    <message numerus="yes">
      <source>%n reason(s) make {share} of the {total} min lost: {listed}.</source>
      <translation>
        <numerusform>%n reason makes {share} of the {total} min lost: {listed}.</numerusform>
        <numerusform>%n reasons make {share} of the {total} min lost: {listed}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{label} is rising: %n stop(s) in the last {days} days against {usual} per {days} days in the {history} days before ({times}).</source>
      <translation>
        <numerusform>{label} is rising: %n stop in the last {days} days against {usual} per {days} days in the {history} days before ({times}).</numerusform>
        <numerusform>{label} is rising: %n stops in the last {days} days against {usual} per {days} days in the {history} days before ({times}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{label} on {equipment} happened %n time(s) in the last {days} days ({minutes} min in all).</source>
      <translation>
        <numerusform>{label} on {equipment} happened %n time in the last {days} days ({minutes} min in all).</numerusform>
        <numerusform>{label} on {equipment} happened %n times in the last {days} days ({minutes} min in all).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RefusalWording</name>
    <message numerus="yes">
      <source>Badge or PIN not recognised. %n try/tries left.</source>
      <translation>
        <numerusform>Badge or PIN not recognised. %n try left.</numerusform>
        <numerusform>Badge or PIN not recognised. %n tries left.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Badge or PIN not recognised. This badge is now locked for %n minute(s).</source>
      <translation>
        <numerusform>Badge or PIN not recognised. This badge is now locked for %n minute.</numerusform>
        <numerusform>Badge or PIN not recognised. This badge is now locked for %n minutes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Enter at most %n digit(s) after the decimal point.</source>
      <translation>
        <numerusform>Enter at most %n digit after the decimal point.</numerusform>
        <numerusform>Enter at most %n digits after the decimal point.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This badge is locked for %n minute(s) after too many wrong PINs.</source>
      <translation>
        <numerusform>This badge is locked for %n minute after too many wrong PINs.</numerusform>
        <numerusform>This badge is locked for %n minutes after too many wrong PINs.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SyncWording</name>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n event</numerusform>
        <numerusform>%n events</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>VoiceWording</name>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n second</numerusform>
        <numerusform>%n seconds</numerusform>
      </translation>
    </message>
  </context>
</TS>
