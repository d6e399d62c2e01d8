<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
  <context>
    <name>Answers</name>
    <message>
      <source>Confirmed</source>
      <translation>Confirmado</translation>
    </message>
    <message>
      <source>Do the work described, then tap:</source>
      <translation>Haga el trabajo descrito y luego toque:</translation>
    </message>
    <message>
      <source>Done reading</source>
      <translation>Leído</translation>
    </message>
    <message>
      <source>Enter the measured value on the keypad.</source>
      <translation>Introduzca el valor medido en el teclado numérico.</translation>
    </message>
    <message>
      <source>Is it right?</source>
      <translation>¿Está bien?</translation>
    </message>
    <message>
      <source>Measured value</source>
      <translation>Valor medido</translation>
    </message>
    <message>
      <source>Or type the code and press Enter.</source>
      <translation>O escriba el código y pulse Intro.</translation>
    </message>
    <message>
      <source>Read</source>
      <translation>Leído</translation>
    </message>
    <message>
      <source>Read the instruction, then tap:</source>
      <translation>Lea la instrucción y luego toque:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Scan the code</source>
      <translation>Escanee el código</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>Firmar</translation>
    </message>
    <message>
      <source>Signed with badge and PIN. The signer needs the {role_name} role.</source>
      <translation>Se firma con gafete y PIN. Quien firma necesita el rol de {role_name}.</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Omitido</translation>
    </message>
    <message>
      <source>Waiting for the scanner…</source>
      <translation>Esperando al escáner…</translation>
    </message>
    <message>
      <source>within limits</source>
      <translation>dentro de límites</translation>
    </message>
    <message>
      <source>{mark} Recorded {value}{unit} · {verdict}</source>
      <translation>{mark} Registrado {value}{unit} · {verdict}</translation>
    </message>
    <message>
      <source>⚠ Recorded FAIL · nonconforming</source>
      <translation>⚠ Registrado NO PASA · no conforme</translation>
    </message>
    <message>
      <source>✓  Confirm done</source>
      <translation>✓  Confirmar hecho</translation>
    </message>
    <message>
      <source>✓  PASS</source>
      <translation>✓  PASA</translation>
    </message>
    <message>
      <source>✓ Done</source>
      <translation>✓ Hecho</translation>
    </message>
    <message>
      <source>✓ Recorded PASS</source>
      <translation>✓ Registrado PASA</translation>
    </message>
    <message>
      <source>✓ Recorded {value}</source>
      <translation>✓ Registrado {value}</translation>
    </message>
    <message>
      <source>✓ Signed by badge {value}</source>
      <translation>✓ Firmado por el gafete {value}</translation>
    </message>
    <message>
      <source>✗  FAIL</source>
      <translation>✗  NO PASA</translation>
    </message>
  </context>
  <context>
    <name>BadgePin</name>
    <message>
      <source>Badge</source>
      <translation>Gafete</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Comprobando…</translation>
    </message>
    <message>
      <source>Enter your PIN on the keypad.</source>
      <translation>Introduzca su PIN en el teclado numérico.</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Siguiente</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>Scan or type</source>
      <translation>Escanee o escriba</translation>
    </message>
    <message>
      <source>Scan your badge or type its number.</source>
      <translation>Escanee su gafete o escriba su número.</translation>
    </message>
  </context>
  <context>
    <name>CodingForm</name>
    <message>
      <source>A few words help the next lead who meets it (optional).</source>
      <translation>Unas palabras ayudan al próximo jefe de equipo que se lo encuentre (opcional).</translation>
    </message>
    <message>
      <source>Counts as</source>
      <translation>Cuenta como</translation>
    </message>
    <message>
      <source>Done ✓</source>
      <translation>Listo ✓</translation>
    </message>
    <message>
      <source>Note (tap to type)</source>
      <translation>Nota (toque para escribir)</translation>
    </message>
    <message>
      <source>Planned stop</source>
      <translation>Paro planificado</translation>
    </message>
    <message>
      <source>Unplanned loss</source>
      <translation>Pérdida no planificada</translation>
    </message>
    <message>
      <source>What happened, what was done</source>
      <translation>Qué pasó, qué se hizo</translation>
    </message>
  </context>
  <context>
    <name>Completion</name>
    <message numerus="yes">
      <source>%n step(s) answered for {order}.</source>
      <translation>
        <numerusform>%n paso respondido para {order}.</numerusform>
        <numerusform>%n pasos respondidos para {order}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Complete job  ✓</source>
      <translation>Terminar trabajo  ✓</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Listo</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>Buenas</translation>
    </message>
    <message>
      <source>How many did you make? Empty counts as 0.</source>
      <translation>¿Cuántas piezas hizo? Vacío cuenta como 0.</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Siguiente</translation>
    </message>
    <message>
      <source>Scrap</source>
      <translation>Desecho</translation>
    </message>
    <message>
      <source>{remaining} of {quantity} left on this order.</source>
      <translation>Quedan {remaining} de {quantity} en esta orden.</translation>
    </message>
    <message>
      <source>“{typed}” is not a whole number.</source>
      <translation>«{typed}» no es un número entero.</translation>
    </message>
    <message>
      <source>←  Back to steps</source>
      <translation>←  Volver a los pasos</translation>
    </message>
    <message numerus="yes">
      <source>⚠  %n nonconformance(s) recorded in this job</source>
      <translation>
        <numerusform>⚠  %n no conformidad registrada en este trabajo</numerusform>
        <numerusform>⚠  %n no conformidades registradas en este trabajo</numerusform>
      </translation>
    </message>
    <message>
      <source>✓  All steps done</source>
      <translation>✓  Todos los pasos hechos</translation>
    </message>
  </context>
  <context>
    <name>DiskBanner</name>
    <message>
      <source>⚠  The kiosk's disk is {percent}% full. Please tell IT: voice notes and photos stop at {limit}%.</source>
      <translation>⚠  El disco del quiosco está al {percent} %. Avise a TI: las notas de voz y las fotos se detienen al {limit} %.</translation>
    </message>
    <message>
      <source>⚠  The kiosk's disk is {percent}% full: voice notes and photos are refused until IT frees space. Everything else keeps being saved.</source>
      <translation>⚠  El disco del quiosco está al {percent} %: no se aceptan notas de voz ni fotos hasta que TI libere espacio. Todo lo demás se sigue guardando.</translation>
    </message>
  </context>
  <context>
    <name>DisplayChoices</name>
    <message>
      <source>Display</source>
      <translation>Pantalla</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>Alto contraste</translation>
    </message>
    <message>
      <source>Kiosk and server</source>
      <translation>Quiosco y servidor</translation>
    </message>
    <message>
      <source>Large text</source>
      <translation>Texto grande</translation>
    </message>
    <message>
      <source>Normal text</source>
      <translation>Texto normal</translation>
    </message>
    <message>
      <source>Shown now, but not kept for the next start: {reason}</source>
      <translation>Se muestra ahora, pero no se conserva para el próximo arranque: {reason}</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Estándar</translation>
    </message>
    <message>
      <source>Text size</source>
      <translation>Tamaño del texto</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <source>✓ Saved: the kiosk keeps this display from now on.</source>
      <translation>✓ Guardado: el quiosco conserva esta pantalla a partir de ahora.</translation>
    </message>
  </context>
  <context>
    <name>DowntimeWording</name>
    <message>
      <source>A team lead codes this stop.</source>
      <translation>Un jefe de equipo codifica este paro.</translation>
    </message>
    <message>
      <source>Coded</source>
      <translation>Codificado</translation>
    </message>
    <message>
      <source>Needs a code</source>
      <translation>Necesita código</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Planificado</translation>
    </message>
    <message>
      <source>Short · may stay uncoded</source>
      <translation>Corto · puede quedar sin código</translation>
    </message>
    <message>
      <source>Still stopped</source>
      <translation>Sigue parada</translation>
    </message>
    <message>
      <source>since {start} · still stopped</source>
      <translation>desde las {start} · sigue parada</translation>
    </message>
    <message>
      <source>“{label}” needs a few words or a voice note.</source>
      <translation>«{label}» necesita unas palabras o una nota de voz.</translation>
    </message>
  </context>
  <context>
    <name>EnrolForm</name>
    <message>
      <source>Enrol with server</source>
      <translation>Registrar en el servidor</translation>
    </message>
    <message>
      <source>Enrolment code</source>
      <translation>Código de registro</translation>
    </message>
    <message>
      <source>Plant CA bundle (optional)</source>
      <translation>Certificados CA de la planta (opcional)</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Dirección del servidor</translation>
    </message>
    <message>
      <source>Type the enrolment code that `harmony-server enrol-code` gave.</source>
      <translation>Escriba el código de registro que dio `harmony-server enrol-code`.</translation>
    </message>
    <message>
      <source>Type the server's address, starting with https://</source>
      <translation>Escriba la dirección del servidor, empezando por https://</translation>
    </message>
  </context>
  <context>
    <name>EquipmentPicker</name>
    <message>
      <source>No equipment is known for this line yet.</source>
      <translation>Todavía no se conoce ningún equipo de esta línea.</translation>
    </message>
    <message>
      <source>Tap the machine that stopped. The line's patterns count stops by machine.</source>
      <translation>Toque la máquina que se paró. Los patrones de la línea cuentan los paros por máquina.</translation>
    </message>
  </context>
  <context>
    <name>ExceptionCard</name>
    <message>
      <source>No description</source>
      <translation>Sin descripción</translation>
    </message>
  </context>
  <context>
    <name>ExceptionContext</name>
    <message>
      <source>Measured {measured} · limits {limits}</source>
      <translation>Medido {measured} · límites {limits}</translation>
    </message>
    <message>
      <source>{order} · Step {number} · {title}</source>
      <translation>{order} · Paso {number} · {title}</translation>
    </message>
  </context>
  <context>
    <name>ExceptionDescribe</name>
    <message>
      <source>What is wrong? Type it here (optional).</source>
      <translation>¿Qué está mal? Escríbalo aquí (opcional).</translation>
    </message>
  </context>
  <context>
    <name>ExceptionDetail</name>
    <message>
      <source>Acknowledge</source>
      <translation>Reconocer</translation>
    </message>
    <message>
      <source>Cancel it…</source>
      <translation>Cancelarla…</translation>
    </message>
    <message>
      <source>Cancel the exception</source>
      <translation>Cancelar la excepción</translation>
    </message>
    <message>
      <source>Contain…</source>
      <translation>Contener…</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <source>Exception</source>
      <translation>Excepción</translation>
    </message>
    <message>
      <source>Keep decision {value}</source>
      <translation>Mantener la decisión {value}</translation>
    </message>
    <message>
      <source>Keep decision {value}, “{short}”, as the one that stands.</source>
      <translation>Mantener la decisión {value}, «{short}», como la que vale.</translation>
    </message>
    <message>
      <source>Keep this decision</source>
      <translation>Mantener esta decisión</translation>
    </message>
    <message>
      <source>Keyboard</source>
      <translation>Teclado</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Release the hold</source>
      <translation>Liberar la retención</translation>
    </message>
    <message>
      <source>Release the hold: the job can go on.</source>
      <translation>Liberar la retención: el trabajo puede continuar.</translation>
    </message>
    <message>
      <source>Release the hold…</source>
      <translation>Liberar la retención…</translation>
    </message>
    <message>
      <source>Resolve…</source>
      <translation>Resolver…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Save containment</source>
      <translation>Guardar la contención</translation>
    </message>
    <message>
      <source>Save decision</source>
      <translation>Guardar la decisión</translation>
    </message>
    <message>
      <source>Save or discard the voice note first.</source>
      <translation>Primero guarde o descarte la nota de voz.</translation>
    </message>
    <message>
      <source>The decision record for “{about}”</source>
      <translation>El registro de la decisión sobre «{about}»</translation>
    </message>
    <message>
      <source>Voice note</source>
      <translation>Nota de voz</translation>
    </message>
    <message>
      <source>What else was considered</source>
      <translation>Qué más se consideró</translation>
    </message>
    <message>
      <source>What was checked before releasing</source>
      <translation>Qué se revisó antes de liberar</translation>
    </message>
    <message>
      <source>What was decided</source>
      <translation>Qué se decidió</translation>
    </message>
    <message>
      <source>What was done so that it does no more harm?</source>
      <translation>¿Qué se hizo para que no cause más daño?</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Por qué</translation>
    </message>
    <message>
      <source>Why is this exception cancelled?</source>
      <translation>¿Por qué se cancela esta excepción?</translation>
    </message>
    <message>
      <source>Why this one</source>
      <translation>Por qué esta</translation>
    </message>
    <message>
      <source>this exception</source>
      <translation>esta excepción</translation>
    </message>
    <message>
      <source>←  Back</source>
      <translation>←  Atrás</translation>
    </message>
    <message>
      <source>✓  Saved</source>
      <translation>✓  Guardado</translation>
    </message>
  </context>
  <context>
    <name>ExceptionForm</name>
    <message>
      <source>{label} (optional)</source>
      <translation>{label} (opcional)</translation>
    </message>
  </context>
  <context>
    <name>ExceptionHeader</name>
    <message>
      <source>Raise exception</source>
      <translation>Reportar excepción</translation>
    </message>
    <message>
      <source>⚠  Raise exception</source>
      <translation>⚠  Reportar excepción</translation>
    </message>
    <message>
      <source>⚠ Raise
exception</source>
      <translation>⚠ Reportar
excepción</translation>
    </message>
  </context>
  <context>
    <name>ExceptionHold</name>
    <message>
      <source> or </source>
      <translation> o </translation>
    </message>
    <message>
      <source>Check again</source>
      <translation>Revisar de nuevo</translation>
    </message>
    <message>
      <source>Held by {said}, raised by {raised_by} at {when}.</source>
      <translation>Retenido por {said}, reportada por {raised_by} a las {when}.</translation>
    </message>
    <message>
      <source>Only {who} can release it: ask them to open this exception on any kiosk of {line} and tap “Release the hold”.</source>
      <translation>Solo {who} puede liberarlo: pídale que abra esta excepción en cualquier quiosco de {line} y toque «Liberar la retención».</translation>
    </message>
    <message>
      <source>Pause and go home</source>
      <translation>Pausar e ir al inicio</translation>
    </message>
    <message>
      <source>Your answers so far are saved. Pause the job, or check again.</source>
      <translation>Sus respuestas hasta ahora están guardadas. Ponga el trabajo en pausa o revise de nuevo.</translation>
    </message>
    <message>
      <source>a quality exception</source>
      <translation>una excepción de calidad</translation>
    </message>
    <message>
      <source>‖  This job is on quality hold</source>
      <translation>‖  Este trabajo está retenido por calidad</translation>
    </message>
  </context>
  <context>
    <name>ExceptionOverview</name>
    <message>
      <source>  ·  set aside</source>
      <translation>  ·  descartada</translation>
    </message>
    <message>
      <source>  ·  stands</source>
      <translation>  ·  vigente</translation>
    </message>
    <message>
      <source>Also considered: {alternatives}</source>
      <translation>También se consideró: {alternatives}</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelada</translation>
    </message>
    <message>
      <source>DECISION {value}  ·  </source>
      <translation>DECISIÓN {value}  ·  </translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>Decisiones</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <source>LIMITS</source>
      <translation>LÍMITES</translation>
    </message>
    <message>
      <source>MEASURED</source>
      <translation>MEDIDO</translation>
    </message>
    <message>
      <source>No decision yet.</source>
      <translation>Todavía no hay decisión.</translation>
    </message>
    <message>
      <source>No description was given.</source>
      <translation>No se dio ninguna descripción.</translation>
    </message>
    <message>
      <source>RAISED BY</source>
      <translation>REPORTADA POR</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Resuelta</translation>
    </message>
    <message>
      <source>STEP</source>
      <translation>PASO</translation>
    </message>
    <message>
      <source>Two kiosks decided differently. A team lead chooses the decision that stands.</source>
      <translation>Dos quioscos decidieron distinto. Un jefe de equipo elige la decisión que vale.</translation>
    </message>
    <message>
      <source>WHERE</source>
      <translation>DÓNDE</translation>
    </message>
    <message>
      <source>WORK ORDER</source>
      <translation>ORDEN DE TRABAJO</translation>
    </message>
    <message>
      <source>What and where</source>
      <translation>Qué y dónde</translation>
    </message>
    <message>
      <source>Why: {rationale}</source>
      <translation>Por qué: {rationale}</translation>
    </message>
    <message>
      <source>another kiosk</source>
      <translation>otro quiosco</translation>
    </message>
    <message>
      <source>this kiosk</source>
      <translation>este quiosco</translation>
    </message>
  </context>
  <context>
    <name>ExceptionPastCases</name>
    <message>
      <source>Decided by {who} · {when_text}</source>
      <translation>Decidido por {who} · {when_text}</translation>
    </message>
    <message>
      <source>No similar past cases on this line.</source>
      <translation>No hay casos parecidos anteriores en esta línea.</translation>
    </message>
    <message>
      <source>Solved before on this line</source>
      <translation>Resuelto antes en esta línea</translation>
    </message>
    <message>
      <source>Type what is wrong: how the same trouble was resolved before on this line shows here.</source>
      <translation>Escriba qué está mal: aquí aparece cómo se resolvió antes el mismo problema en esta línea.</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>sin registrar</translation>
    </message>
    <message>
      <source>{title} · {found} alike</source>
      <translation>{title} · {found} parecidos</translation>
    </message>
  </context>
  <context>
    <name>ExceptionQueue</name>
    <message numerus="yes">
      <source>%n exception(s) on {line}</source>
      <translation>
        <numerusform>%n excepción en {line}</numerusform>
        <numerusform>%n excepciones en {line}</numerusform>
      </translation>
    </message>
    <message>
      <source>No open exceptions on {line_name}.</source>
      <translation>No hay excepciones abiertas en {line_name}.</translation>
    </message>
    <message>
      <source>OPEN EXCEPTIONS</source>
      <translation>EXCEPCIONES ABIERTAS</translation>
    </message>
  </context>
  <context>
    <name>ExceptionQueueModel</name>
    <message>
      <source>conflicting decisions</source>
      <translation>decisiones en conflicto</translation>
    </message>
    <message>
      <source>job on hold</source>
      <translation>trabajo retenido</translation>
    </message>
  </context>
  <context>
    <name>ExceptionRaise</name>
    <message>
      <source>Back to work  →</source>
      <translation>Volver al trabajo  →</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Choose the kind of trouble and how severe it is.</source>
      <translation>Elija el tipo de problema y su gravedad.</translation>
    </message>
    <message>
      <source>Describe it  →</source>
      <translation>Descríbalo  →</translation>
    </message>
    <message>
      <source>Keyboard</source>
      <translation>Teclado</translation>
    </message>
    <message>
      <source>Raise an exception</source>
      <translation>Reportar una excepción</translation>
    </message>
    <message>
      <source>Save exception</source>
      <translation>Guardar la excepción</translation>
    </message>
    <message>
      <source>Save or discard the voice note first.</source>
      <translation>Primero guarde o descarte la nota de voz.</translation>
    </message>
    <message>
      <source>The job is on hold until quality releases it.</source>
      <translation>El trabajo queda retenido hasta que Calidad lo libere.</translation>
    </message>
    <message>
      <source>Voice note</source>
      <translation>Nota de voz</translation>
    </message>
    <message>
      <source>{line}, no job</source>
      <translation>{line}, sin trabajo</translation>
    </message>
    <message>
      <source>{title} exception saved on this kiosk. Every kiosk of {line} shows it once it is sent.</source>
      <translation>Excepción {title} guardada en este quiosco. Todos los quioscos de {line} la muestran en cuanto se envíe.</translation>
    </message>
    <message>
      <source>←  Back</source>
      <translation>←  Atrás</translation>
    </message>
    <message>
      <source>✓  Saved</source>
      <translation>✓  Guardada</translation>
    </message>
  </context>
  <context>
    <name>ExceptionVoice</name>
    <message>
      <source>Voice notes cannot be recorded on this kiosk. Type what happened instead.</source>
      <translation>En este quiosco no se pueden grabar notas de voz. Escriba lo que pasó.</translation>
    </message>
  </context>
  <context>
    <name>ExceptionWhat</name>
    <message>
      <source>Hold the job until quality releases it</source>
      <translation>Retener el trabajo hasta que Calidad lo libere</translation>
    </message>
    <message>
      <source>How severe is it?</source>
      <translation>¿Qué tan grave es?</translation>
    </message>
    <message>
      <source>No camera on this kiosk</source>
      <translation>Este quiosco no tiene cámara</translation>
    </message>
    <message>
      <source>Retake the photo</source>
      <translation>Repetir la foto</translation>
    </message>
    <message>
      <source>Take a photo</source>
      <translation>Tomar una foto</translation>
    </message>
    <message>
      <source>What kind of trouble?</source>
      <translation>¿Qué tipo de problema?</translation>
    </message>
  </context>
  <context>
    <name>ExceptionWording</name>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n día</numerusform>
        <numerusform>%n días</numerusform>
      </translation>
    </message>
    <message>
      <source>Acknowledged</source>
      <translation>Reconocida</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelada</translation>
    </message>
    <message>
      <source>Contained</source>
      <translation>Contenida</translation>
    </message>
    <message>
      <source>Critical</source>
      <translation>Crítica</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Equipo</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Alta</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Baja</translation>
    </message>
    <message>
      <source>Material</source>
      <translation>Material</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Media</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abierta</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Otra</translation>
    </message>
    <message>
      <source>Quality</source>
      <translation>Calidad</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>Reportada</translation>
    </message>
    <message>
      <source>Released the hold</source>
      <translation>Liberó la retención</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Resuelta</translation>
    </message>
    <message>
      <source>Safety</source>
      <translation>Seguridad</translation>
    </message>
    <message>
      <source>Settled the conflict</source>
      <translation>Resolvió el conflicto</translation>
    </message>
    <message>
      <source>badge {badge}</source>
      <translation>gafete {badge}</translation>
    </message>
    <message>
      <source>just now</source>
      <translation>ahora mismo</translation>
    </message>
    <message>
      <source>raised just now</source>
      <translation>reportada ahora mismo</translation>
    </message>
    <message>
      <source>raised {age} ago</source>
      <translation>reportada hace {age}</translation>
    </message>
    <message>
      <source>‖  Job on hold</source>
      <translation>‖  Trabajo retenido</translation>
    </message>
    <message>
      <source>‖ On hold</source>
      <translation>‖ Retenido</translation>
    </message>
    <message>
      <source>⚠  Conflicting decisions</source>
      <translation>⚠  Decisiones en conflicto</translation>
    </message>
    <message>
      <source>⚠ Conflict</source>
      <translation>⚠ Conflicto</translation>
    </message>
  </context>
  <context>
    <name>Handoff</name>
    <message>
      <source>Accept</source>
      <translation>Aceptar</translation>
    </message>
    <message>
      <source>Accept the handoff</source>
      <translation>Aceptar la entrega</translation>
    </message>
    <message>
      <source>Done ✓</source>
      <translation>Listo ✓</translation>
    </message>
    <message>
      <source>Export PDF</source>
      <translation>Exportar PDF</translation>
    </message>
    <message>
      <source>Hand over  →</source>
      <translation>Entregar  →</translation>
    </message>
    <message>
      <source>Incoming lead: your badge, then your PIN.</source>
      <translation>Jefe de equipo entrante: su gafete y luego su PIN.</translation>
    </message>
    <message>
      <source>Notes for the incoming lead (tap to type)</source>
      <translation>Notas para el jefe de equipo entrante (toque para escribir)</translation>
    </message>
    <message>
      <source>Shift handoff</source>
      <translation>Entrega de turno</translation>
    </message>
    <message>
      <source>Shift {name} · {day_text} · {span}</source>
      <translation>Turno {name} · {day_text} · {span}</translation>
    </message>
    <message>
      <source>This line has no shift calendar: there is no shift to hand over.</source>
      <translation>Esta línea no tiene calendario de turnos: no hay turno que entregar.</translation>
    </message>
    <message>
      <source>What the next shift must know</source>
      <translation>Lo que el próximo turno debe saber</translation>
    </message>
    <message>
      <source>Write this shift's</source>
      <translation>Escribir la de este turno</translation>
    </message>
    <message>
      <source>{line_name} · shift {shift_name}</source>
      <translation>{line_name} · turno {shift_name}</translation>
    </message>
    <message>
      <source>←  Home</source>
      <translation>←  Inicio</translation>
    </message>
    <message>
      <source>✓  Accepted by {accepted_by}. The shift is handed over.</source>
      <translation>✓  Aceptada por {accepted_by}. El turno está entregado.</translation>
    </message>
    <message>
      <source>✓  Handed over. The incoming lead accepts it here with badge and PIN.</source>
      <translation>✓  Entregado. El jefe de equipo entrante la acepta aquí con gafete y PIN.</translation>
    </message>
    <message>
      <source>✓  Saved as PDF: {path}</source>
      <translation>✓  Guardada como PDF: {path}</translation>
    </message>
    <message>
      <source>✓  Shift {shift_name} handed over and accepted.</source>
      <translation>✓  Turno {shift_name} entregado y aceptado.</translation>
    </message>
    <message numerus="yes">
      <source>🎤 %n voice note(s) kept for the handoff</source>
      <translation>
        <numerusform>🎤 %n nota de voz guardada para la entrega</numerusform>
        <numerusform>🎤 %n notas de voz guardadas para la entrega</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HandoffLabels</name>
    <message>
      <source> (oldest from {when})</source>
      <translation> (el más antiguo del {when})</translation>
    </message>
    <message>
      <source> — conflicting decisions</source>
      <translation> — decisiones en conflicto</translation>
    </message>
    <message>
      <source>Accepted by {name}</source>
      <translation>Aceptada por {name}</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Terminado</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <source>Downtime ({minutes} min)</source>
      <translation>Paros ({minutes} min)</translation>
    </message>
    <message>
      <source>Everything was sent to the server.</source>
      <translation>Todo se envió al servidor.</translation>
    </message>
    <message>
      <source>Exceptions</source>
      <translation>Excepciones</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>Buenas</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Jobs</source>
      <translation>Trabajos</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>No downtime.</source>
      <translation>Sin paros.</translation>
    </message>
    <message>
      <source>No exceptions.</source>
      <translation>Sin excepciones.</translation>
    </message>
    <message>
      <source>No jobs this shift.</source>
      <translation>Ningún trabajo en este turno.</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Ninguna.</translation>
    </message>
    <message>
      <source>Not yet accepted</source>
      <translation>Aún sin aceptar</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Orden</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>En pausa</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Producto</translation>
    </message>
    <message>
      <source>Quality</source>
      <translation>Calidad</translation>
    </message>
    <message>
      <source>Scrap</source>
      <translation>Desecho</translation>
    </message>
    <message>
      <source>Shift handoff · {line} · shift {shift}</source>
      <translation>Entrega de turno · {line} · turno {shift}</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Sincronización</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Qué pasó</translation>
    </message>
    <message>
      <source>{count} nonconforming step results.</source>
      <translation>{count} resultados de paso no conformes.</translation>
    </message>
    <message>
      <source>{count} records not yet sent to the server</source>
      <translation>{count} registros aún sin enviar al servidor</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>{start} – {end} · written by {written_by} · {accepted}</source>
      <translation>{start} – {end} · escrita por {written_by} · {accepted}</translation>
    </message>
  </context>
  <context>
    <name>HandoffReads</name>
    <message>
      <source>The PDF could not be saved ({value}).</source>
      <translation>No se pudo guardar el PDF ({value}).</translation>
    </message>
    <message>
      <source>badge {badge}</source>
      <translation>gafete {badge}</translation>
    </message>
  </context>
  <context>
    <name>HandoffSummaryView</name>
    <message>
      <source>  (conflicting decisions: a lead settles them)</source>
      <translation>  (decisiones en conflicto: un jefe de equipo las resuelve)</translation>
    </message>
    <message>
      <source> (the oldest from {astimezone:%H:%M})</source>
      <translation> (el más antiguo de las {astimezone:%H:%M})</translation>
    </message>
    <message numerus="yes">
      <source>%n nonconforming step result(s).</source>
      <translation>
        <numerusform>%n resultado de paso no conforme.</numerusform>
        <numerusform>%n resultados de paso no conformes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) not yet sent to the server</source>
      <translation>
        <numerusform>%n registro aún no enviado al servidor</numerusform>
        <numerusform>%n registros aún no enviados al servidor</numerusform>
      </translation>
    </message>
    <message>
      <source>Downtime · {downtime_minutes:.0f} min</source>
      <translation>Paros · {downtime_minutes:.0f} min</translation>
    </message>
    <message>
      <source>Everything was sent to the server.</source>
      <translation>Todo se envió al servidor.</translation>
    </message>
    <message>
      <source>Exceptions</source>
      <translation>Excepciones</translation>
    </message>
    <message>
      <source>Handed over by {written_by}</source>
      <translation>Entregado por {written_by}</translation>
    </message>
    <message>
      <source>Jobs and counts</source>
      <translation>Trabajos y cantidades</translation>
    </message>
    <message>
      <source>No downtime.</source>
      <translation>Sin paros.</translation>
    </message>
    <message>
      <source>No exceptions.</source>
      <translation>Sin excepciones.</translation>
    </message>
    <message>
      <source>No jobs ran at this station.</source>
      <translation>No se hizo ningún trabajo en esta estación.</translation>
    </message>
    <message>
      <source>No notes.</source>
      <translation>Sin notas.</translation>
    </message>
    <message>
      <source>Not yet synced</source>
      <translation>Aún sin sincronizar</translation>
    </message>
    <message>
      <source>Quality</source>
      <translation>Calidad</translation>
    </message>
    <message>
      <source>{work_order_id} · {product} · {good} good, {scrap} scrap · {status}</source>
      <translation>{work_order_id} · {product} · {good} buenas, {scrap} desecho · {status}</translation>
    </message>
    <message numerus="yes">
      <source>🎤 %n voice note(s)</source>
      <translation>
        <numerusform>🎤 %n nota de voz</numerusform>
        <numerusform>🎤 %n notas de voz</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Home</name>
    <message numerus="yes">
      <source>%n order(s) queued at this station</source>
      <translation>
        <numerusform>%n orden en cola en esta estación</numerusform>
        <numerusform>%n órdenes en cola en esta estación</numerusform>
      </translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>Cerrar sesión</translation>
    </message>
    <message>
      <source>No work orders are waiting at this station.
Ask your team lead what to run next.</source>
      <translation>No hay órdenes de trabajo esperando en esta estación.
Pregunte a su jefe de equipo qué hacer a continuación.</translation>
    </message>
    <message>
      <source>Resume {id}  →</source>
      <translation>Reanudar {id}  →</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Iniciar</translation>
    </message>
    <message>
      <source>Start {id}  →</source>
      <translation>Iniciar {id}  →</translation>
    </message>
    <message>
      <source>Work orders</source>
      <translation>Órdenes de trabajo</translation>
    </message>
  </context>
  <context>
    <name>IdleOverlay</name>
    <message>
      <source>I'm still here</source>
      <translation>Sigo aquí</translation>
    </message>
    <message>
      <source>Still there?</source>
      <translation>¿Sigue ahí?</translation>
    </message>
    <message>
      <source>Touch the screen to stay logged in. What you typed is kept.</source>
      <translation>Toque la pantalla para seguir con la sesión abierta. Lo que escribió se conserva.</translation>
    </message>
    <message>
      <source>You will be logged out when this reaches zero.</source>
      <translation>Se cerrará su sesión cuando esto llegue a cero.</translation>
    </message>
  </context>
  <context>
    <name>Keyboard</name>
    <message>
      <source>Enter</source>
      <translation>Intro</translation>
    </message>
    <message>
      <source>space</source>
      <translation>espacio</translation>
    </message>
    <message>
      <source>⇧ Shift</source>
      <translation>Mayús</translation>
    </message>
    <message>
      <source>⇪ Caps</source>
      <translation>⇪ Bloq</translation>
    </message>
  </context>
  <context>
    <name>Keypad</name>
    <message>
      <source>Clear</source>
      <translation>Borrar</translation>
    </message>
  </context>
  <context>
    <name>KioskFacts</name>
    <message>
      <source>A demo folder: never enrolled, its journal stays here</source>
      <translation>Una carpeta de demostración: nunca registrada, su diario se queda aquí</translation>
    </message>
    <message>
      <source>CA bundle</source>
      <translation>Certificados CA</translation>
    </message>
    <message>
      <source>Enrolled as</source>
      <translation>Registrado como</translation>
    </message>
    <message>
      <source>Enrolment</source>
      <translation>Registro</translation>
    </message>
    <message>
      <source>Not enrolled</source>
      <translation>Sin registrar</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Servidor</translation>
    </message>
    <message>
      <source>station {station_id} · since {since}</source>
      <translation>estación {station_id} · desde {since}</translation>
    </message>
  </context>
  <context>
    <name>LeadReads</name>
    <message>
      <source>Last 7 days</source>
      <translation>Últimos 7 días</translation>
    </message>
    <message>
      <source>Shift {name}</source>
      <translation>Turno {name}</translation>
    </message>
    <message>
      <source>This shift</source>
      <translation>Este turno</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <source>Today (no shift calendar)</source>
      <translation>Hoy (sin calendario de turnos)</translation>
    </message>
  </context>
  <context>
    <name>LineBoard</name>
    <message>
      <source>7 days</source>
      <translation>7 días</translation>
    </message>
    <message>
      <source>Line board</source>
      <translation>Tablero de línea</translation>
    </message>
    <message>
      <source>MINUTES LOST BY REASON · {upper} · UNPLANNED</source>
      <translation>MINUTOS PERDIDOS POR MOTIVO · {upper} · NO PLANIFICADOS</translation>
    </message>
    <message>
      <source>No unplanned downtime in this period.</source>
      <translation>No hubo paros no planificados en este periodo.</translation>
    </message>
    <message>
      <source>Nothing recurring or rising this week.</source>
      <translation>Nada se repite ni va en aumento esta semana.</translation>
    </message>
    <message>
      <source>OPEN EXCEPTIONS
ON THE LINE</source>
      <translation>EXCEPCIONES ABIERTAS
EN LA LÍNEA</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Actualizar</translation>
    </message>
    <message>
      <source>This shift</source>
      <translation>Este turno</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <source>Updated {clock_time}</source>
      <translation>Actualizado a las {clock_time}</translation>
    </message>
    <message>
      <source>WHAT STANDS OUT</source>
      <translation>LO QUE DESTACA</translation>
    </message>
    <message>
      <source>Where the time went</source>
      <translation>Adónde se fue el tiempo</translation>
    </message>
    <message>
      <source>←  Home</source>
      <translation>←  Inicio</translation>
    </message>
  </context>
  <context>
    <name>Login</name>
    <message>
      <source>Badge</source>
      <translation>Gafete</translation>
    </message>
    <message>
      <source>Badge locked or PIN forgotten? Ask your team lead.</source>
      <translation>¿Gafete bloqueado o PIN olvidado? Pregunte a su jefe de equipo.</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Comprobando…</translation>
    </message>
    <message>
      <source>Enter your PIN on the keypad.</source>
      <translation>Introduzca su PIN en el teclado numérico.</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Iniciar sesión</translation>
    </message>
    <message>
      <source>Maintenance</source>
      <translation>Mantenimiento</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Siguiente</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>Scan or type badge</source>
      <translation>Escanee o escriba el gafete</translation>
    </message>
    <message>
      <source>Scan your badge or type its number.</source>
      <translation>Escanee su gafete o escriba su número.</translation>
    </message>
    <message>
      <source>Scan your badge, then enter your PIN.</source>
      <translation>Escanee su gafete y luego introduzca su PIN.</translation>
    </message>
    <message>
      <source>Starting the kiosk…</source>
      <translation>Iniciando el quiosco…</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Iniciando…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Back to home</source>
      <translation>Volver al inicio</translation>
    </message>
    <message>
      <source>If it happens again, tell your team lead.</source>
      <translation>Si vuelve a pasar, avise a su jefe de equipo.</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Algo salió mal</translation>
    </message>
    <message>
      <source>Something went wrong while opening the kiosk's data.</source>
      <translation>Algo salió mal al abrir los datos del quiosco.</translation>
    </message>
    <message>
      <source>Something went wrong. Your saved work is safe.</source>
      <translation>Algo salió mal. Su trabajo guardado está a salvo.</translation>
    </message>
    <message>
      <source>That did not work</source>
      <translation>Eso no funcionó</translation>
    </message>
    <message>
      <source>The details are in the kiosk's log. Call IT and show them this screen.</source>
      <translation>Los detalles están en el registro del quiosco. Llame a TI y muéstreles esta pantalla.</translation>
    </message>
    <message>
      <source>The kiosk cannot start</source>
      <translation>El quiosco no puede iniciar</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Reintentar</translation>
    </message>
    <message>
      <source>{good} good, {scrap} scrap</source>
      <translation>{good} buenas, {scrap} desecho</translation>
    </message>
    <message>
      <source>✓  Job complete: {id} · {counts}.</source>
      <translation>✓  Trabajo terminado: {id} · {counts}.</translation>
    </message>
  </context>
  <context>
    <name>Maintenance</name>
    <message>
      <source> The kiosk opens as {station_id} from its next start.</source>
      <translation> El quiosco abre como {station_id} a partir del próximo arranque.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Listo</translation>
    </message>
    <message>
      <source>Enrol with server</source>
      <translation>Registrar en el servidor</translation>
    </message>
    <message>
      <source>Enrolling with {server_url}…</source>
      <translation>Registrando en {server_url}…</translation>
    </message>
    <message>
      <source>Maintenance</source>
      <translation>Mantenimiento</translation>
    </message>
    <message>
      <source>Setting up a new kiosk</source>
      <translation>Configurando un quiosco nuevo</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Estación</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <source>Supervisor only</source>
      <translation>Solo supervisores</translation>
    </message>
    <message>
      <source>The kiosk is still starting. Try again in a moment.</source>
      <translation>El quiosco aún está iniciando. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
      <source>This kiosk</source>
      <translation>Este quiosco</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>ninguna todavía</translation>
    </message>
    <message>
      <source>{name} is not a supervisor. Maintenance opens for a supervisor only.</source>
      <translation>{name} no es supervisor. Mantenimiento solo se abre para un supervisor.</translation>
    </message>
    <message>
      <source>✓ Enrolled with {server} as station {station} (line {line}). Sync is starting.</source>
      <translation>✓ Registrado en {server} como estación {station} (línea {line}). La sincronización está empezando.</translation>
    </message>
  </context>
  <context>
    <name>MaintenanceScreen</name>
    <message>
      <source>Diagnostics</source>
      <translation>Diagnóstico</translation>
    </message>
    <message>
      <source>Exit kiosk</source>
      <translation>Salir del quiosco</translation>
    </message>
    <message>
      <source>Writing the diagnostics archive…</source>
      <translation>Escribiendo el archivo de diagnóstico…</translation>
    </message>
    <message>
      <source>✓ Diagnostics saved to {path}. Copy it to a USB stick or mail it to IT.</source>
      <translation>✓ Diagnóstico guardado en {path}. Cópielo a una memoria USB o envíelo por correo a TI.</translation>
    </message>
  </context>
  <context>
    <name>Notice</name>
    <message>
      <source>Continue  →</source>
      <translation>Continuar  →</translation>
    </message>
    <message>
      <source>Re-measure</source>
      <translation>Volver a medir</translation>
    </message>
    <message>
      <source>✓  Exception raised</source>
      <translation>✓  Excepción reportada</translation>
    </message>
  </context>
  <context>
    <name>NoticeWording</name>
    <message>
      <source>{value} is above the limits ({limits}). Recorded as nonconforming.</source>
      <translation>{value} está por encima de los límites ({limits}). Registrado como no conforme.</translation>
    </message>
    <message>
      <source>{value} is below the limits ({limits}). Recorded as nonconforming.</source>
      <translation>{value} está por debajo de los límites ({limits}). Registrado como no conforme.</translation>
    </message>
    <message>
      <source>“{title}” failed. Recorded as nonconforming.</source>
      <translation>«{title}» no pasó. Registrado como no conforme.</translation>
    </message>
  </context>
  <context>
    <name>ParetoChart</name>
    <message>
      <source>All others</source>
      <translation>Todos los demás</translation>
    </message>
    <message>
      <source>No downtime in this period.</source>
      <translation>No hubo paros en este periodo.</translation>
    </message>
    <message>
      <source>Not coded yet</source>
      <translation>Aún sin código</translation>
    </message>
    <message>
      <source>{minutes:.0f} min</source>
      <translation>{minutes:.0f} min</translation>
    </message>
  </context>
  <context>
    <name>PatternWording</name>
    <message numerus="yes">
      <source>%n reason(s) make {share} of the {total} min lost: {listed}.</source>
      <translation>
        <numerusform>%n motivo suma el {share} de los {total} min perdidos: {listed}.</numerusform>
        <numerusform>%n motivos suman el {share} de los {total} min perdidos: {listed}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not coded yet</source>
      <translation>Aún sin código</translation>
    </message>
    <message>
      <source>new</source>
      <translation>nuevo</translation>
    </message>
    <message numerus="yes">
      <source>{label} is rising: %n stop(s) in the last {days} days against {usual} per {days} days in the {history} days before ({times}).</source>
      <translation>
        <numerusform>{label} va en aumento: %n paro en los últimos {days} días frente a {usual} cada {days} días en los {history} días anteriores ({times}).</numerusform>
        <numerusform>{label} va en aumento: %n paros en los últimos {days} días frente a {usual} cada {days} días en los {history} días anteriores ({times}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{label} on {equipment} happened %n time(s) in the last {days} days ({minutes} min in all).</source>
      <translation>
        <numerusform>{label} en {equipment} ocurrió %n vez en los últimos {days} días ({minutes} min en total).</numerusform>
        <numerusform>{label} en {equipment} ocurrió %n veces en los últimos {days} días ({minutes} min en total).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PhotoCaptureView</name>
    <message>
      <source>Is the trouble clear in the photo?</source>
      <translation>¿Se ve claro el problema en la foto?</translation>
    </message>
    <message>
      <source>No picture from the camera</source>
      <translation>La cámara no da imagen</translation>
    </message>
    <message>
      <source>Photo of the trouble</source>
      <translation>Foto del problema</translation>
    </message>
    <message>
      <source>Point the camera at the trouble, then tap Take photo.</source>
      <translation>Apunte la cámara al problema y luego toque Tomar foto.</translation>
    </message>
    <message>
      <source>Retake</source>
      <translation>Repetir</translation>
    </message>
    <message>
      <source>Saving the photo…</source>
      <translation>Guardando la foto…</translation>
    </message>
    <message>
      <source>Starting the camera…</source>
      <translation>Iniciando la cámara…</translation>
    </message>
    <message>
      <source>Take photo</source>
      <translation>Tomar foto</translation>
    </message>
    <message>
      <source>Taking the photo…</source>
      <translation>Tomando la foto…</translation>
    </message>
    <message>
      <source>The camera is not working right now. Go back and save the exception without a photo: say what you see in words or in a voice note.</source>
      <translation>La cámara no funciona ahora mismo. Vuelva atrás y guarde la excepción sin foto: diga lo que ve por escrito o en una nota de voz.</translation>
    </message>
    <message>
      <source>Use this photo</source>
      <translation>Usar esta foto</translation>
    </message>
    <message>
      <source>←  Back</source>
      <translation>←  Atrás</translation>
    </message>
  </context>
  <context>
    <name>PhotoFile</name>
    <message>
      <source>The photo could not be saved. Take it again.</source>
      <translation>No se pudo guardar la foto. Tómela de nuevo.</translation>
    </message>
  </context>
  <context>
    <name>PhotoStrip</name>
    <message>
      <source>A photo taken on another kiosk: not downloaded yet.</source>
      <translation>Una foto tomada en otro quiosco: aún no se ha descargado.</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>Fotos</translation>
    </message>
  </context>
  <context>
    <name>QueueRow</name>
    <message>
      <source>DUE</source>
      <translation>ENTREGA</translation>
    </message>
    <message>
      <source>LEFT</source>
      <translation>FALTAN</translation>
    </message>
    <message>
      <source>{remaining} of {quantity}</source>
      <translation>{remaining} de {quantity}</translation>
    </message>
  </context>
  <context>
    <name>ReasonPicker</name>
    <message>
      <source>Nothing matches “{typed}”. Try another word.</source>
      <translation>Nada coincide con «{typed}». Pruebe otra palabra.</translation>
    </message>
    <message>
      <source>Reasons matching “{typed}”</source>
      <translation>Motivos que coinciden con «{typed}»</translation>
    </message>
    <message>
      <source>Search the reasons</source>
      <translation>Buscar en los motivos</translation>
    </message>
    <message>
      <source>Search: jam, atasco…</source>
      <translation>Buscar: atasco, jam…</translation>
    </message>
    <message>
      <source>Type a word of the reason, in English or Spanish.</source>
      <translation>Escriba una palabra del motivo, en español o en inglés.</translation>
    </message>
    <message>
      <source>What stopped the station?</source>
      <translation>¿Qué paró la estación?</translation>
    </message>
    <message>
      <source>{count} more: type another word.</source>
      <translation>{count} más: escriba otra palabra.</translation>
    </message>
    <message>
      <source>←  Back</source>
      <translation>←  Atrás</translation>
    </message>
  </context>
  <context>
    <name>RefusalWording</name>
    <message>
      <source>A demo folder is never enrolled: its journal stays on this machine.</source>
      <translation>Una carpeta de demostración nunca se registra: su diario se queda en este equipo.</translation>
    </message>
    <message>
      <source>Answer step {number} “{title}” first.</source>
      <translation>Primero responda el paso {number} “{title}”.</translation>
    </message>
    <message numerus="yes">
      <source>Badge or PIN not recognised. %n try/tries left.</source>
      <translation>
        <numerusform>Gafete o PIN no reconocido. Le queda %n intento.</numerusform>
        <numerusform>Gafete o PIN no reconocido. Le quedan %n intentos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Badge or PIN not recognised. This badge is now locked for %n minute(s).</source>
      <translation>
        <numerusform>Gafete o PIN no reconocido. Este gafete queda bloqueado durante %n minuto.</numerusform>
        <numerusform>Gafete o PIN no reconocido. Este gafete queda bloqueado durante %n minutos.</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose how severe it is.</source>
      <translation>Elija qué tan grave es.</translation>
    </message>
    <message>
      <source>Choose one of the decisions recorded for this exception.</source>
      <translation>Elija una de las decisiones registradas para esta excepción.</translation>
    </message>
    <message>
      <source>Choose the equipment that stopped.</source>
      <translation>Elija el equipo que se paró.</translation>
    </message>
    <message>
      <source>Choose what kind of trouble this is.</source>
      <translation>Elija qué tipo de problema es.</translation>
    </message>
    <message>
      <source>Counts cannot be negative.</source>
      <translation>Las cantidades no pueden ser negativas.</translation>
    </message>
    <message>
      <source>Enter a whole number.</source>
      <translation>Escriba un número entero.</translation>
    </message>
    <message numerus="yes">
      <source>Enter at most %n digit(s) after the decimal point.</source>
      <translation>
        <numerusform>Escriba como máximo %n decimal.</numerusform>
        <numerusform>Escriba como máximo %n decimales.</numerusform>
      </translation>
    </message>
    <message>
      <source>Enter how many were made: good, scrap, or both.</source>
      <translation>Escriba cuántas se hicieron: buenas, desecho o ambas.</translation>
    </message>
    <message>
      <source>Enter the measured value.</source>
      <translation>Escriba el valor medido.</translation>
    </message>
    <message>
      <source>Good and scrap add up to {total}, more than the {remaining} left on this order.</source>
      <translation>Buenas y desecho suman {total}, más que las {remaining} que faltan en esta orden.</translation>
    </message>
    <message>
      <source>Keep it under {max} characters.</source>
      <translation>Use menos de {max} caracteres.</translation>
    </message>
    <message>
      <source>Keep the description under {max} characters.</source>
      <translation>Use menos de {max} caracteres en la descripción.</translation>
    </message>
    <message>
      <source>Keep the note under {max} characters.</source>
      <translation>Use menos de {max} caracteres en la nota.</translation>
    </message>
    <message>
      <source>Only a picture can be attached as the photo.</source>
      <translation>Como foto solo se puede adjuntar una imagen.</translation>
    </message>
    <message>
      <source>Only a quality exception can hold the job.</source>
      <translation>Solo una excepción de calidad puede retener el trabajo.</translation>
    </message>
    <message>
      <source>Only a team lead can code downtime.</source>
      <translation>Solo un jefe de equipo puede codificar un paro.</translation>
    </message>
    <message>
      <source>Only a team lead can name the equipment of a stop.</source>
      <translation>Solo un jefe de equipo puede indicar el equipo de un paro.</translation>
    </message>
    <message>
      <source>Only a team lead can split downtime.</source>
      <translation>Solo un jefe de equipo puede dividir un paro.</translation>
    </message>
    <message>
      <source>Only a team lead writes the shift handoff.</source>
      <translation>Solo un jefe de equipo escribe la entrega de turno.</translation>
    </message>
    <message>
      <source>Only {roles} can do this for a {kind} exception.</source>
      <translation>Solo {roles} puede hacer esto en una excepción de {kind}.</translation>
    </message>
    <message>
      <source>Say the containment.</source>
      <translation>Indique la contención.</translation>
    </message>
    <message>
      <source>Say what was decided.</source>
      <translation>Indique qué se decidió.</translation>
    </message>
    <message>
      <source>Say why it is cancelled.</source>
      <translation>Indique por qué se cancela.</translation>
    </message>
    <message>
      <source>Say why it was decided.</source>
      <translation>Indique por qué se decidió.</translation>
    </message>
    <message>
      <source>Scan your badge or type its number.</source>
      <translation>Escanee su gafete o escriba su número.</translation>
    </message>
    <message>
      <source>Split somewhere inside the stop.</source>
      <translation>Divida en algún punto dentro del paro.</translation>
    </message>
    <message>
      <source>Step {number} “{title}” is not answered yet.</source>
      <translation>El paso {number} “{title}” aún no tiene respuesta.</translation>
    </message>
    <message>
      <source>Step {number} “{title}” is required and cannot be skipped.</source>
      <translation>El paso {number} “{title}” es obligatorio y no se puede omitir.</translation>
    </message>
    <message>
      <source>Step “{step}” is not part of this instruction.</source>
      <translation>El paso “{step}” no es parte de esta instrucción.</translation>
    </message>
    <message>
      <source>Step “{title}” is not a measurement.</source>
      <translation>El paso “{title}” no es una medición.</translation>
    </message>
    <message>
      <source>Step “{title}” is not a pass/fail check.</source>
      <translation>El paso “{title}” no es una comprobación pasa/no pasa.</translation>
    </message>
    <message>
      <source>Step “{title}” is not a scan.</source>
      <translation>El paso “{title}” no es un escaneo.</translation>
    </message>
    <message>
      <source>Step “{title}” is not a signature.</source>
      <translation>El paso “{title}” no es una firma.</translation>
    </message>
    <message>
      <source>Step “{title}” needs an answer, not a confirmation.</source>
      <translation>El paso “{title}” necesita una respuesta, no una confirmación.</translation>
    </message>
    <message>
      <source>Stop the downtime before splitting it.</source>
      <translation>Termine el paro antes de dividirlo.</translation>
    </message>
    <message>
      <source>The file is too large to attach.</source>
      <translation>El archivo es demasiado grande para adjuntarlo.</translation>
    </message>
    <message>
      <source>The incoming lead accepts the handoff, not the one who wrote it.</source>
      <translation>La entrega la acepta el jefe de equipo entrante, no quien la escribió.</translation>
    </message>
    <message>
      <source>The kiosk's disk could not be measured: {detail}</source>
      <translation>No se pudo medir el disco del quiosco: {detail}</translation>
    </message>
    <message>
      <source>The kiosk's disk is almost full: voice notes and photos are refused until IT frees space. Everything else keeps being saved.</source>
      <translation>El disco del quiosco está casi lleno: no se aceptan notas de voz ni fotos hasta que TI libere espacio. Todo lo demás se sigue guardando.</translation>
    </message>
    <message>
      <source>The recording is empty.</source>
      <translation>La grabación está vacía.</translation>
    </message>
    <message>
      <source>The server answered for another device; enrolment not saved.</source>
      <translation>El servidor respondió por otro dispositivo; el registro no se guardó.</translation>
    </message>
    <message>
      <source>The server is not reachable: {url}.</source>
      <translation>No se puede conectar con el servidor: {url}.</translation>
    </message>
    <message>
      <source>The server refused the enrolment: {detail}</source>
      <translation>El servidor rechazó el registro: {detail}</translation>
    </message>
    <message>
      <source>The server's certificate is not trusted: {url}. Name the plant's CA bundle with --ca-bundle.</source>
      <translation>El certificado del servidor no es de confianza: {url}. Indique el paquete de CA de la planta con --ca-bundle.</translation>
    </message>
    <message>
      <source>There is nothing to settle: the decisions agree.</source>
      <translation>No hay nada que resolver: las decisiones coinciden.</translation>
    </message>
    <message numerus="yes">
      <source>This badge is locked for %n minute(s) after too many wrong PINs.</source>
      <translation>
        <numerusform>Este gafete está bloqueado durante %n minuto tras demasiados PIN incorrectos.</numerusform>
        <numerusform>Este gafete está bloqueado durante %n minutos tras demasiados PIN incorrectos.</numerusform>
      </translation>
    </message>
    <message>
      <source>This badge is no longer active. Please see your team lead.</source>
      <translation>Este gafete ya no está activo. Consulte a su jefe de equipo.</translation>
    </message>
    <message>
      <source>This cannot be done now. ({detail})</source>
      <translation>Esto no se puede hacer ahora. ({detail})</translation>
    </message>
    <message>
      <source>This downtime is not on this kiosk.</source>
      <translation>Este paro no está en este quiosco.</translation>
    </message>
    <message>
      <source>This exception holds no job.</source>
      <translation>Esta excepción no retiene ningún trabajo.</translation>
    </message>
    <message>
      <source>This exception is not on this kiosk.</source>
      <translation>Esta excepción no está en este quiosco.</translation>
    </message>
    <message>
      <source>This exception is {status}: that step is past.</source>
      <translation>Esta excepción está en estado {status}: ese paso ya pasó.</translation>
    </message>
    <message>
      <source>This handoff is not on this kiosk.</source>
      <translation>Esta entrega no está en este quiosco.</translation>
    </message>
    <message>
      <source>This handoff was already accepted by {badge}.</source>
      <translation>Esta entrega ya la aceptó {badge}.</translation>
    </message>
    <message>
      <source>This handoff's summary has not arrived on this kiosk yet.</source>
      <translation>El resumen de esta entrega aún no llega a este quiosco.</translation>
    </message>
    <message>
      <source>This job is already complete.</source>
      <translation>Este trabajo ya está terminado.</translation>
    </message>
    <message>
      <source>This job is held by badge {badge}. A team lead can take it over.</source>
      <translation>Este trabajo lo tiene el gafete {badge}. Un jefe de equipo puede tomarlo.</translation>
    </message>
    <message>
      <source>This job is held by badge {badge}. Resume it to take it over.</source>
      <translation>Este trabajo lo tiene el gafete {badge}. Reanúdelo para tomarlo.</translation>
    </message>
    <message>
      <source>This job is on quality hold until quality releases it.</source>
      <translation>Este trabajo está retenido por Calidad hasta que Calidad lo libere.</translation>
    </message>
    <message>
      <source>This job is paused. Resume it first.</source>
      <translation>Este trabajo está en pausa. Reanúdelo primero.</translation>
    </message>
    <message>
      <source>This kiosk has no plant data yet: enrol it with the server, or try the demo plant with `harmony-kiosk demo`.</source>
      <translation>Este quiosco aún no tiene datos de la planta: regístrelo en el servidor o pruebe la planta de demostración con `harmony-kiosk demo`.</translation>
    </message>
    <message>
      <source>This kiosk is enrolled but its secret is missing from the keyring: enrol it again.</source>
      <translation>Este quiosco está registrado, pero falta su secreto en el llavero del sistema: regístrelo de nuevo.</translation>
    </message>
    <message>
      <source>This station is already down. Stop that downtime first.</source>
      <translation>Esta estación ya está parada. Termine primero ese paro.</translation>
    </message>
    <message>
      <source>This station is not down.</source>
      <translation>Esta estación no está parada.</translation>
    </message>
    <message>
      <source>This step is signed off and can no longer be changed.</source>
      <translation>Este paso ya está firmado y ya no se puede cambiar.</translation>
    </message>
    <message>
      <source>Work order {order} already has a job in progress: resume it.</source>
      <translation>La orden de trabajo {order} ya tiene un trabajo en curso: reanúdelo.</translation>
    </message>
    <message>
      <source>Work order {order} is already complete.</source>
      <translation>La orden de trabajo {order} ya está terminada.</translation>
    </message>
    <message>
      <source>Work order {order} is queued at {station}, not here.</source>
      <translation>La orden de trabajo {order} está en la cola de {station}, no aquí.</translation>
    </message>
    <message>
      <source>{equipment} is not equipment of this line.</source>
      <translation>{equipment} no es un equipo de esta línea.</translation>
    </message>
    <message>
      <source>{first} or {second}</source>
      <translation>{first} o {second}</translation>
    </message>
    <message>
      <source>{name} does not hold the {role} role this signature needs.</source>
      <translation>{name} no tiene el rol de {role} que pide esta firma.</translation>
    </message>
    <message>
      <source>{name} is not a team lead: a lead accepts the handoff.</source>
      <translation>{name} no es jefe de equipo: la entrega la acepta un jefe de equipo.</translation>
    </message>
    <message>
      <source>{reason} is not a reason of this plant.</source>
      <translation>{reason} no es un motivo de esta planta.</translation>
    </message>
    <message>
      <source>{suffix} files cannot be attached.</source>
      <translation>No se pueden adjuntar archivos {suffix}.</translation>
    </message>
    <message>
      <source>“{code}” is not a valid code for this step. Scan again.</source>
      <translation>“{code}” no es un código válido para este paso. Escanee de nuevo.</translation>
    </message>
    <message>
      <source>“{reason}” needs a few words or a voice note saying what it was.</source>
      <translation>“{reason}” necesita unas palabras o una nota de voz que digan qué pasó.</translation>
    </message>
    <message>
      <source>“{typed}” is not a number.</source>
      <translation>“{typed}” no es un número.</translation>
    </message>
  </context>
  <context>
    <name>SavedMark</name>
    <message>
      <source>✓ Saved</source>
      <translation>✓ Guardado</translation>
    </message>
  </context>
  <context>
    <name>ScanRouter</name>
    <message>
      <source>Scan not expected here</source>
      <translation>Aquí no se espera un escaneo</translation>
    </message>
  </context>
  <context>
    <name>Signature</name>
    <message>
      <source>Badge</source>
      <translation>Gafete</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Enter the signer's PIN on the keypad.</source>
      <translation>Introduzca el PIN de quien firma en el teclado numérico.</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Siguiente</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>Firmar</translation>
    </message>
    <message>
      <source>Signature · {id}</source>
      <translation>Firma · {id}</translation>
    </message>
    <message>
      <source>Signer needs the {role_name} role</source>
      <translation>Quien firma necesita el rol de {role_name}</translation>
    </message>
    <message>
      <source>Someone else signing? Tap Badge and scan their badge instead.</source>
      <translation>¿Firma otra persona? Toque Gafete y escanee su gafete.</translation>
    </message>
    <message>
      <source>Work order {id} · {product_name}</source>
      <translation>Orden de trabajo {id} · {product_name}</translation>
    </message>
    <message>
      <source>YOU ARE SIGNING</source>
      <translation>USTED ESTÁ FIRMANDO</translation>
    </message>
  </context>
  <context>
    <name>SplitForm</name>
    <message>
      <source>First stop:  {start} – {at} · {minutes_text}</source>
      <translation>Primer paro:  {start} – {at} · {minutes_text}</translation>
    </message>
    <message>
      <source>Minutes into the stop</source>
      <translation>Minutos desde el inicio del paro</translation>
    </message>
    <message>
      <source>Second stop:  {at} – {end} · {minutes_text}</source>
      <translation>Segundo paro:  {at} – {end} · {minutes_text}</translation>
    </message>
    <message>
      <source>Seconds into the stop</source>
      <translation>Segundos desde el inicio del paro</translation>
    </message>
    <message>
      <source>Set</source>
      <translation>Fijar</translation>
    </message>
    <message>
      <source>The stop ran {start} – {end}, {minutes_text}.</source>
      <translation>El paro duró de {start} a {end}, {minutes_text}.</translation>
    </message>
    <message>
      <source>Where does the second stop begin?</source>
      <translation>¿Dónde empieza el segundo paro?</translation>
    </message>
    <message>
      <source>e.g. 4</source>
      <translation>p. ej. 4</translation>
    </message>
  </context>
  <context>
    <name>StartupText</name>
    <message>
      <source>Call IT or your supervisor and show them this screen.</source>
      <translation>Llame a TI o a su supervisor y muéstreles esta pantalla.</translation>
    </message>
    <message>
      <source>Enrol again</source>
      <translation>Registrar de nuevo</translation>
    </message>
    <message>
      <source>Enrol it with a code from the server (harmony-server enrol-code), or try the demo plant: harmony-kiosk demo.</source>
      <translation>Regístrelo con un código del servidor (harmony-server enrol-code) o pruebe la planta de demostración: harmony-kiosk demo.</translation>
    </message>
    <message>
      <source>Enrol with server</source>
      <translation>Registrar en el servidor</translation>
    </message>
    <message>
      <source>It has no plant data and is not enrolled with a server.</source>
      <translation>No tiene datos de planta y no está registrado en ningún servidor.</translation>
    </message>
    <message>
      <source>Nothing to do here. The status at the top right shows how sync is going.</source>
      <translation>No hay nada que hacer aquí. El estado arriba a la derecha muestra cómo va la sincronización.</translation>
    </message>
    <message>
      <source>Nothing was written to the file. Call IT and show them this screen.</source>
      <translation>No se escribió nada en el archivo. Llame a TI y muéstreles esta pantalla.</translation>
    </message>
    <message>
      <source>Sync cannot run as it is: enrol this kiosk again with a new code from the server.</source>
      <translation>La sincronización no puede funcionar así: registre este quiosco de nuevo con un código nuevo del servidor.</translation>
    </message>
    <message>
      <source>The kiosk cannot start</source>
      <translation>El quiosco no puede iniciar</translation>
    </message>
    <message>
      <source>The kiosk's database failed its integrity check and was left untouched for IT: {path} ({detail})</source>
      <translation>La base de datos del quiosco no pasó su comprobación de integridad y se dejó intacta para TI: {path} ({detail})</translation>
    </message>
    <message>
      <source>This kiosk is enrolled with {server} as station {station}. It opens by itself as soon as the server has sent its plant data.</source>
      <translation>Este quiosco está registrado en {server} como estación {station}. Se abre solo en cuanto el servidor envíe los datos de la planta.</translation>
    </message>
    <message>
      <source>This kiosk is not set up yet</source>
      <translation>Este quiosco aún no está configurado</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Reintentar</translation>
    </message>
    <message>
      <source>Waiting for plant data from the server…</source>
      <translation>Esperando los datos de la planta desde el servidor…</translation>
    </message>
  </context>
  <context>
    <name>StationBar</name>
    <message>
      <source>Accept handoff {handoff_waiting}</source>
      <translation>Aceptar entrega {handoff_waiting}</translation>
    </message>
    <message>
      <source>Line board</source>
      <translation>Tablero de línea</translation>
    </message>
    <message>
      <source>Line stops</source>
      <translation>Paros de línea</translation>
    </message>
    <message>
      <source>Line stops · {needing_code}</source>
      <translation>Paros de línea · {needing_code}</translation>
    </message>
    <message>
      <source>Shift handoff</source>
      <translation>Entrega de turno</translation>
    </message>
    <message>
      <source>Station stopped</source>
      <translation>Estación parada</translation>
    </message>
    <message>
      <source>Tap the moment the station stops. A team lead codes the reason later.</source>
      <translation>Toque en el momento en que la estación se pare. Un jefe de equipo codifica el motivo después.</translation>
    </message>
    <message>
      <source>since {clock_time}{where}</source>
      <translation>desde las {clock_time}{where}</translation>
    </message>
    <message>
      <source>■   Station stopped</source>
      <translation>■   Estación parada</translation>
    </message>
    <message>
      <source>▶   Running again</source>
      <translation>▶   En marcha de nuevo</translation>
    </message>
  </context>
  <context>
    <name>StationDesk</name>
    <message>
      <source>A team lead codes the stop.</source>
      <translation>Un jefe de equipo codifica el paro.</translation>
    </message>
    <message>
      <source>Short: no code needed.</source>
      <translation>Corto: no necesita código.</translation>
    </message>
    <message>
      <source>✓  Running again after {lasted}. {after}</source>
      <translation>✓  En marcha de nuevo tras {lasted}. {after}</translation>
    </message>
  </context>
  <context>
    <name>StepContent</name>
    <message>
      <source>LIMITS</source>
      <translation>LÍMITES</translation>
    </message>
    <message>
      <source>NOMINAL</source>
      <translation>NOMINAL</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>Opcional</translation>
    </message>
  </context>
  <context>
    <name>StepRunner</name>
    <message>
      <source>Check again</source>
      <translation>Revisar de nuevo</translation>
    </message>
    <message>
      <source>Check failed</source>
      <translation>Revisión fallida</translation>
    </message>
    <message>
      <source>FAIL</source>
      <translation>NO PASA</translation>
    </message>
    <message>
      <source>LIMITS</source>
      <translation>LÍMITES</translation>
    </message>
    <message>
      <source>MEASURED</source>
      <translation>MEDIDO</translation>
    </message>
    <message>
      <source>Next  →</source>
      <translation>Siguiente  →</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausar</translation>
    </message>
    <message>
      <source>RESULT</source>
      <translation>RESULTADO</translation>
    </message>
    <message>
      <source>Re-measure</source>
      <translation>Volver a medir</translation>
    </message>
    <message>
      <source>Saved with this job. Check again if you were wrong, or continue.</source>
      <translation>Guardado con este trabajo. Revise de nuevo si se equivocó, o continúe.</translation>
    </message>
    <message>
      <source>Saved with this job. Measure again if the reading was wrong, or continue.</source>
      <translation>Guardado con este trabajo. Mida de nuevo si la lectura fue errónea, o continúe.</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Omitir</translation>
    </message>
    <message>
      <source>Step {value} of {count}</source>
      <translation>Paso {value} de {count}</translation>
    </message>
    <message>
      <source>Step {value} · {title}</source>
      <translation>Paso {value} · {title}</translation>
    </message>
    <message>
      <source>←  Back</source>
      <translation>←  Atrás</translation>
    </message>
    <message>
      <source>⚠  Check failed</source>
      <translation>⚠  Revisión fallida</translation>
    </message>
    <message>
      <source>⚠  Out of limits</source>
      <translation>⚠  Fuera de límites</translation>
    </message>
  </context>
  <context>
    <name>StopChip</name>
    <message>
      <source>Station stopped</source>
      <translation>Estación parada</translation>
    </message>
  </context>
  <context>
    <name>StopDetails</name>
    <message>
      <source>Change the equipment…</source>
      <translation>Cambiar el equipo…</translation>
    </message>
    <message>
      <source>Coded by badge {coded_by}</source>
      <translation>Codificado por el gafete {coded_by}</translation>
    </message>
    <message>
      <source>Counts as a loss</source>
      <translation>Cuenta como pérdida</translation>
    </message>
    <message>
      <source>Counts as a planned stop</source>
      <translation>Cuenta como paro planificado</translation>
    </message>
    <message>
      <source>Equipment: {equipment}</source>
      <translation>Equipo: {equipment}</translation>
    </message>
    <message>
      <source>Name the equipment…</source>
      <translation>Indicar el equipo…</translation>
    </message>
    <message>
      <source>Split from a longer stop</source>
      <translation>Dividido de un paro más largo</translation>
    </message>
    <message>
      <source>Station {station_id}</source>
      <translation>Estación {station_id}</translation>
    </message>
    <message>
      <source>Still stopped: it can be coded once the station runs again.</source>
      <translation>Sigue parada: se puede codificar cuando la estación vuelva a funcionar.</translation>
    </message>
    <message>
      <source>🎤 Voice note attached</source>
      <translation>🎤 Nota de voz adjunta</translation>
    </message>
  </context>
  <context>
    <name>Stops</name>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Code again  →</source>
      <translation>Codificar de nuevo  →</translation>
    </message>
    <message>
      <source>Code the stop {span_text} as</source>
      <translation>Codificar el paro {span_text} como</translation>
    </message>
    <message>
      <source>Code this stop  →</source>
      <translation>Codificar este paro  →</translation>
    </message>
    <message>
      <source>Last 12 hours</source>
      <translation>Últimas 12 horas</translation>
    </message>
    <message>
      <source>Line stops</source>
      <translation>Paros de línea</translation>
    </message>
    <message>
      <source>Needs a code</source>
      <translation>Necesita código</translation>
    </message>
    <message>
      <source>Needs a code · {count}</source>
      <translation>Necesita código · {count}</translation>
    </message>
    <message>
      <source>No stop is waiting for a code.</source>
      <translation>Ningún paro espera código.</translation>
    </message>
    <message>
      <source>No stops on this shift.</source>
      <translation>No hay paros en este turno.</translation>
    </message>
    <message>
      <source>Save code</source>
      <translation>Guardar código</translation>
    </message>
    <message>
      <source>Shift {name}</source>
      <translation>Turno {name}</translation>
    </message>
    <message>
      <source>Split here</source>
      <translation>Dividir aquí</translation>
    </message>
    <message>
      <source>Split…</source>
      <translation>Dividir…</translation>
    </message>
    <message>
      <source>Stops on this line</source>
      <translation>Paros en esta línea</translation>
    </message>
    <message>
      <source>This shift</source>
      <translation>Este turno</translation>
    </message>
    <message>
      <source>What stopped the station at {start}?</source>
      <translation>¿Qué paró la estación a las {start}?</translation>
    </message>
    <message>
      <source>{minutes_text} and {minutes_text2}</source>
      <translation>{minutes_text} y {minutes_text2}</translation>
    </message>
    <message>
      <source>←  Another reason</source>
      <translation>←  Otro motivo</translation>
    </message>
    <message>
      <source>←  Home</source>
      <translation>←  Inicio</translation>
    </message>
    <message>
      <source>✓  Coded: {words}.</source>
      <translation>✓  Codificado: {words}.</translation>
    </message>
    <message>
      <source>✓  Split into two stops of {lengths}. Check the code of each.</source>
      <translation>✓  Dividido en dos paros de {lengths}. Revise el código de cada uno.</translation>
    </message>
  </context>
  <context>
    <name>StopsModel</name>
    <message>
      <source>No reason yet</source>
      <translation>Aún sin motivo</translation>
    </message>
  </context>
  <context>
    <name>StopsScreen</name>
    <message>
      <source>Which machine stopped at {start}?</source>
      <translation>¿Qué máquina se paró a las {start}?</translation>
    </message>
    <message>
      <source>✓  Equipment named: {name}.</source>
      <translation>✓  Equipo indicado: {name}.</translation>
    </message>
  </context>
  <context>
    <name>SupervisorGate</name>
    <message>
      <source>For a supervisor: scan your badge, then enter your PIN.</source>
      <translation>Para un supervisor: escanee su gafete y luego introduzca su PIN.</translation>
    </message>
    <message>
      <source>Maintenance</source>
      <translation>Mantenimiento</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
  </context>
  <context>
    <name>SyncLink</name>
    <message>
      <source>The sync client could not start ({type}); see the kiosk's log.</source>
      <translation>El cliente de sincronización no pudo iniciar ({type}); vea el registro del quiosco.</translation>
    </message>
  </context>
  <context>
    <name>SyncPill</name>
    <message>
      <source>Sync status: {line}</source>
      <translation>Estado de la sincronización: {line}</translation>
    </message>
  </context>
  <context>
    <name>SyncWording</name>
    <message>
      <source> · oldest {age}</source>
      <translation> · el más antiguo {age}</translation>
    </message>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n evento</numerusform>
        <numerusform>%n eventos</numerusform>
      </translation>
    </message>
    <message>
      <source>, the oldest from {age} ago</source>
      <translation>, el más antiguo de hace {age}</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Conectando…</translation>
    </message>
    <message>
      <source>Demo</source>
      <translation>Demostración</translation>
    </message>
    <message>
      <source>Last problem</source>
      <translation>Último problema</translation>
    </message>
    <message>
      <source>Last successful sync</source>
      <translation>Última sincronización correcta</translation>
    </message>
    <message>
      <source>Not enrolled</source>
      <translation>Sin registrar</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>Sin conexión</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>En línea</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problema</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Revocado</translation>
    </message>
    <message>
      <source>Saved on this kiosk</source>
      <translation>Guardado en este quiosco</translation>
    </message>
    <message>
      <source>Sent to the server</source>
      <translation>Enviado al servidor</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Iniciando…</translation>
    </message>
    <message>
      <source>Stuck</source>
      <translation>Atascada</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Sincronización</translation>
    </message>
    <message>
      <source>Sync off</source>
      <translation>Sincronización apagada</translation>
    </message>
    <message>
      <source>Waiting to send</source>
      <translation>Por enviar</translation>
    </message>
    <message>
      <source>all sent</source>
      <translation>todo enviado</translation>
    </message>
    <message>
      <source>capturing locally</source>
      <translation>guardando en local</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nunca</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>nada</translation>
    </message>
    <message>
      <source>stays on this kiosk</source>
      <translation>se queda en este quiosco</translation>
    </message>
    <message>
      <source>{count} waiting</source>
      <translation>{count} por enviar</translation>
    </message>
    <message>
      <source>{count} waiting, no progress</source>
      <translation>{count} por enviar, sin avance</translation>
    </message>
  </context>
  <context>
    <name>VoiceNotes</name>
    <message>
      <source>A voice note recorded on another kiosk: not downloaded yet.</source>
      <translation>Una nota de voz grabada en otro quiosco: aún no se ha descargado.</translation>
    </message>
    <message>
      <source>Voice notes</source>
      <translation>Notas de voz</translation>
    </message>
    <message>
      <source>■  Stop</source>
      <translation>■  Detener</translation>
    </message>
    <message>
      <source>▶  Play the voice note</source>
      <translation>▶  Escuchar la nota de voz</translation>
    </message>
    <message>
      <source>▶  Play voice note {number}</source>
      <translation>▶  Escuchar la nota de voz {number}</translation>
    </message>
  </context>
  <context>
    <name>VoiceWording</name>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minuto</numerusform>
        <numerusform>%n minutos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n segundo</numerusform>
        <numerusform>%n segundos</numerusform>
      </translation>
    </message>
    <message>
      <source>A voice note recorded earlier was not attached ({length}). Play it, then attach or discard it.</source>
      <translation>Una nota de voz grabada antes no se adjuntó ({length}). Escúchela y luego adjúntela o descártela.</translation>
    </message>
    <message>
      <source>Attach voice note</source>
      <translation>Adjuntar nota de voz</translation>
    </message>
    <message>
      <source>Attaching the voice note…</source>
      <translation>Adjuntando la nota de voz…</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>Everything else works as usual. Type the note instead.</source>
      <translation>Todo lo demás funciona como siempre. Escriba la nota.</translation>
    </message>
    <message>
      <source>Nothing was recorded. Check the microphone and try again.</source>
      <translation>No se grabó nada. Revise el micrófono e inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>Play it to check, then attach or discard it.</source>
      <translation>Escúchela para comprobarla y luego adjúntela o descártela.</translation>
    </message>
    <message>
      <source>Record a new note</source>
      <translation>Grabar una nota nueva</translation>
    </message>
    <message>
      <source>Recording… tap Stop when you are done.</source>
      <translation>Grabando… toque Detener cuando termine.</translation>
    </message>
    <message>
      <source>Stopped at the {limit} limit. Play it, then attach or discard it.</source>
      <translation>Se detuvo al llegar al límite de {limit}. Escúchela y luego adjúntela o descártela.</translation>
    </message>
    <message>
      <source>Tap Record and speak. Up to {limit}.</source>
      <translation>Toque Grabar y hable. Hasta {limit}.</translation>
    </message>
    <message>
      <source>The microphone seems muted: nothing is heard. Recording goes on.</source>
      <translation>El micrófono parece silenciado: no se oye nada. La grabación continúa.</translation>
    </message>
    <message>
      <source>The microphone stopped. What was recorded is kept.</source>
      <translation>El micrófono se detuvo. Lo grabado se conserva.</translation>
    </message>
    <message>
      <source>The recording could not be written to the kiosk's disk.</source>
      <translation>La grabación no se pudo escribir en el disco del quiosco.</translation>
    </message>
    <message>
      <source>Voice note</source>
      <translation>Nota de voz</translation>
    </message>
    <message>
      <source>Voice note attached ({length}).</source>
      <translation>Nota de voz adjunta ({length}).</translation>
    </message>
    <message>
      <source>Voice notes are not available on this kiosk: {reason}.</source>
      <translation>Las notas de voz no están disponibles en este quiosco: {reason}.</translation>
    </message>
    <message>
      <source>no microphone found</source>
      <translation>no se encontró ningún micrófono</translation>
    </message>
    <message>
      <source>the audio system did not start</source>
      <translation>el sistema de audio no arrancó</translation>
    </message>
    <message>
      <source>the microphone offers no usable sound format</source>
      <translation>el micrófono no ofrece ningún formato de sonido utilizable</translation>
    </message>
    <message>
      <source>■  Stop</source>
      <translation>■  Detener</translation>
    </message>
    <message>
      <source>■  Stop playing</source>
      <translation>■  Detener reproducción</translation>
    </message>
    <message>
      <source>▶  Play</source>
      <translation>▶  Reproducir</translation>
    </message>
    <message>
      <source>●  Record</source>
      <translation>●  Grabar</translation>
    </message>
  </context>
  <context>
    <name>Wording</name>
    <message>
      <source>Approved</source>
      <translation>Aprobado</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Revisión</translation>
    </message>
    <message>
      <source>Confirm</source>
      <translation>Confirmación</translation>
    </message>
    <message>
      <source>In progress · {who}</source>
      <translation>En curso · {who}</translation>
    </message>
    <message>
      <source>Instruction</source>
      <translation>Instrucción</translation>
    </message>
    <message>
      <source>Measurement</source>
      <translation>Medición</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Sin iniciar</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Operador</translation>
    </message>
    <message>
      <source>Overdue · {day}</source>
      <translation>Atrasada · {day}</translation>
    </message>
    <message>
      <source>Paused · {who}</source>
      <translation>En pausa · {who}</translation>
    </message>
    <message>
      <source>Performed</source>
      <translation>Realizado</translation>
    </message>
    <message>
      <source>Quality</source>
      <translation>Calidad</translation>
    </message>
    <message>
      <source>Scan</source>
      <translation>Escaneo</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <source>Team lead</source>
      <translation>Jefe de equipo</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>Verificado</translation>
    </message>
    <message>
      <source>badge {badge}</source>
      <translation>gafete {badge}</translation>
    </message>
    <message>
      <source>no limits</source>
      <translation>sin límites</translation>
    </message>
    <message>
      <source>you</source>
      <translation>usted</translation>
    </message>
  </context>
</TS>
