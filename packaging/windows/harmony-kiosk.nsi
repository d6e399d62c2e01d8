; Harmony Kiosk installer for Windows (NSIS 3.08+): per-machine, silent-capable, pre-configurable.
;
; Compile (on Windows or Linux; the payload is the PyInstaller bundle built on Windows):
;   makensis -DVERSION=0.1.0 -DPAYLOAD=path\to\dist\harmony-kiosk -DOUTFILE=setup.exe
;            [-DSIGN_CMD="packaging/windows/sign.sh"]    (signs the uninstaller as it is made)
;            packaging/windows/harmony-kiosk.nsi
;
; Silent install (docs/deploying.md), every parameter optional:
;   harmony-kiosk-0.1.0-setup.exe /S /SERVER=https://harmony.plant.example /STATION=LINE1-ST1
;       /CODE=K7Q2-9XMD /KIOSKUSER=kiosk [/NOTASK] [/D=C:\Program Files\Harmony Kiosk]  (/D= last)
; /NOTASK: no logon task, for a PC where Shell Launcher starts the kiosk as the shell instead.
; Writes SERVER, STATION and CODE to %ProgramData%\harmony-kiosk\seed.toml (readable by
; SYSTEM, Administrators and the kiosk user only), which the kiosk reads on its first start and
; from which it deletes the code once enrolled (harmony_kiosk/seed.py). Registers the kiosk to
; start at the kiosk account's logon (a scheduled task). Uninstall (silent: uninstall.exe /S)
; removes the program, the task and the seed file, and never the kiosk's data
; (%LOCALAPPDATA%\harmony-kiosk of the kiosk account).

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "WordFunc.nsh"
!include "x64.nsh"
!include "nsDialogs.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\build\windows\dist\harmony-kiosk"
!endif
!ifndef OUTFILE
  !define OUTFILE "harmony-kiosk-${VERSION}-setup.exe"
!endif
!define APP "Harmony Kiosk"
!define EXE "harmony-kiosk.exe"          ; console: the headless commands
!define GUI_EXE "harmony-kiosk-gui.exe"  ; no console window: the kiosk itself
!define TASK "Harmony Kiosk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\HarmonyKiosk"
; With SetShellVarContext all (both sections), $APPDATA is %ProgramData%.
!define SEED_DIR "$APPDATA\harmony-kiosk"
!ifdef SIGN_CMD
  ; The uninstaller is written at compile time and signed like every other executable.
  !uninstfinalize '${SIGN_CMD} "%1"' = 0
!endif

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
RequestExecutionLevel admin
ShowInstDetails show
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "LegalCopyright" "Apache-2.0"

Var Server
Var Station
Var Code
Var KioskUser
Var NoTask
Var Field1
Var Field2
Var Field3
Var Field4

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
Page custom ConfigPage ConfigPageLeave
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Spanish"

!macro Option NAME VAR
  ClearErrors
  ${GetOptions} $R0 "/${NAME}=" ${VAR}
  ${If} ${Errors}
    StrCpy ${VAR} ""
  ${EndIf}
!macroend

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP} needs 64-bit Windows 10 or 11." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ${GetParameters} $R0
  !insertmacro Option "SERVER" $Server
  !insertmacro Option "STATION" $Station
  !insertmacro Option "CODE" $Code
  !insertmacro Option "KIOSKUSER" $KioskUser
  ${If} $KioskUser == ""
    StrCpy $KioskUser "kiosk"
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/NOTASK" $R1
  ${IfNot} ${Errors}
    StrCpy $NoTask "1"
  ${EndIf}
FunctionEnd

Function ConfigPage
  !insertmacro MUI_HEADER_TEXT "Pre-configuration" "The server and station of this kiosk (all optional)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0u 100% 10u "Server URL (https://...):"
  ${NSD_CreateText} 0 11u 100% 12u "$Server"
  Pop $Field1
  ${NSD_CreateLabel} 0 28u 100% 10u "Station (for example LINE1-ST1):"
  ${NSD_CreateText} 0 39u 100% 12u "$Station"
  Pop $Field2
  ${NSD_CreateLabel} 0 56u 100% 10u "One-time enrolment code:"
  ${NSD_CreatePassword} 0 67u 100% 12u "$Code"
  Pop $Field3
  ${NSD_CreateLabel} 0 84u 100% 10u "Windows account that runs the kiosk:"
  ${NSD_CreateText} 0 95u 100% 12u "$KioskUser"
  Pop $Field4
  nsDialogs::Show
FunctionEnd

Function ConfigPageLeave
  ${NSD_GetText} $Field1 $Server
  ${NSD_GetText} $Field2 $Station
  ${NSD_GetText} $Field3 $Code
  ${NSD_GetText} $Field4 $KioskUser
FunctionEnd

; A TOML basic string: backslashes and quotes escaped.
!macro TomlLine HANDLE KEY VALUE
  ${If} ${VALUE} != ""
    ${WordReplace} "${VALUE}" "\" "\\" "+" $R1
    ${WordReplace} "$R1" '"' '\"' "+" $R1
    FileWrite ${HANDLE} '${KEY} = "$R1"$\r$\n'
  ${EndIf}
!macroend

Section "${APP}" SecMain
  SectionIn RO
  SetShellVarContext all
  SetRegView 64
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Pre-configuration for the first start; the kiosk deletes the code once it has enrolled.
  StrCpy $R2 "$Server$Station$Code"
  ${If} $R2 != ""
    CreateDirectory "${SEED_DIR}"
    FileOpen $R3 "${SEED_DIR}\seed.toml" w
    FileWrite $R3 "# Harmony Kiosk pre-configuration, written at install (docs/deploying.md).$\r$\n"
    !insertmacro TomlLine $R3 "server_url" "$Server"
    !insertmacro TomlLine $R3 "station" "$Station"
    !insertmacro TomlLine $R3 "enrolment_code" "$Code"
    FileClose $R3
    ; Only SYSTEM, Administrators and the kiosk account; the account may rewrite it (the code).
    nsExec::ExecToLog 'icacls "${SEED_DIR}\seed.toml" /inheritance:r /grant:r *S-1-5-18:F *S-1-5-32-544:F "$KioskUser:M"'
    Pop $0
    ${If} $0 != 0
      DetailPrint "Could not give $KioskUser access to the seed file (icacls: $0)."
    ${EndIf}
  ${EndIf}

  ; Start the kiosk at the kiosk account's logon, in its session (Shell Launcher can replace the
  ; desktop altogether: docs/deploying.md).
  ${If} $NoTask != "1"
    nsExec::ExecToLog 'schtasks /Create /F /TN "${TASK}" /SC ONLOGON /RU "$KioskUser" /IT /RL LIMITED /TR "\"$INSTDIR\${GUI_EXE}\" run"'
    Pop $0
    ${If} $0 != 0
      DetailPrint "Could not register the kiosk to start for $KioskUser (schtasks: $0)."
    ${EndIf}
  ${EndIf}

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${GUI_EXE}" "run"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "KioskUser" "$KioskUser"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  SetRegView 64
  nsExec::ExecToLog 'schtasks /Delete /F /TN "${TASK}"'
  Pop $0
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; The pre-configuration goes with the program. The kiosk's data (journal, database, logs in
  ; %LOCALAPPDATA%\harmony-kiosk of the kiosk account) is never touched.
  Delete "${SEED_DIR}\seed.toml"
  Delete "${SEED_DIR}\seed.toml.tmp"
  RMDir "${SEED_DIR}"
  ; Only what the installer put here, so a wrong install folder can never empty another one.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
