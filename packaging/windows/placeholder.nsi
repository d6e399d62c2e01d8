; A placeholder Windows program for the installer test on Linux: a real PE executable (so that
; osslsigncode can sign and verify it) standing in for the PyInstaller bundle's executables,
; which only a Windows build makes. It does nothing and exits.
;   makensis -DOUT=harmony-kiosk.exe packaging/windows/placeholder.nsi
Unicode true
OutFile "${OUT}"
SilentInstall silent
RequestExecutionLevel user
Name "Harmony Kiosk placeholder"
Section
SectionEnd
