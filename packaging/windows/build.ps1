<#
.SYNOPSIS
  Builds the Windows bundle of Harmony Kiosk (PyInstaller, one folder) and smoke-tests it.

.DESCRIPTION
  PyInstaller cannot cross-compile, so the Windows bundle is built on Windows (a developer's PC
  or the windows-2022 runner of .github/workflows/windows.yml). This script:
    1. makes a build environment (.venv-windows) with the pinned packages: requirements.lock
       and packaging/requirements.lock (PyInstaller);
    2. builds packaging/harmony-kiosk.spec with SOURCE_DATE_EPOCH (the commit's time) and
       PYTHONHASHSEED=0, into <Out>\dist\harmony-kiosk, and writes <Out>\bundle.manifest;
    3. runs the built bundle, not the source: demo plant, log in, a whole job, the journal,
       and the GUI to its login screen (offscreen);
    4. with -Installer, compiles an UNSIGNED installer with makensis, for a developer's own
       tests. Releases are signed on Linux by packaging/windows/package.sh (osslsigncode).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -Out build\windows
#>
[CmdletBinding()]
param(
  [string]$Out = "build\windows",
  [string]$Python = "py -3.11",
  [switch]$Installer
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Invoke-Native {
  # Runs a program and stops the build when it fails (native exit codes do not throw).
  param([Parameter(Mandatory)][string]$Program, [string[]]$Arguments = @())
  & $Program @Arguments
  if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') exited with $LASTEXITCODE" }
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root
$Out = [System.IO.Path]::GetFullPath((Join-Path $Root $Out))
$Venv = Join-Path $Root ".venv-windows"
$VenvPython = Join-Path $Venv "Scripts\python.exe"

if (-not (Test-Path $VenvPython)) {
  $parts = @($Python -split " " | Where-Object { $_ })
  $rest = @($parts | Select-Object -Skip 1)
  Invoke-Native $parts[0] ($rest + @("-m", "venv", $Venv))
}
Invoke-Native $VenvPython @("-m", "pip", "install", "--quiet", "pip==26.3")
Invoke-Native $VenvPython @("-m", "pip", "install", "--quiet", "-c", "requirements.lock",
  "-c", "packaging\requirements.lock", "-e", ".")
Invoke-Native $VenvPython @("-m", "pip", "install", "--quiet", "-c", "requirements.lock",
  "-r", "packaging\requirements.lock")

$env:SOURCE_DATE_EPOCH = (& git log -1 --format=%ct).Trim()
$env:PYTHONHASHSEED = "0"
$env:PYTHONDONTWRITEBYTECODE = "1"
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
Invoke-Native $VenvPython @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
  "--distpath", "$Out\dist", "--workpath", "$Out\work", "packaging\harmony-kiosk.spec")
$Bundle = Join-Path $Out "dist\harmony-kiosk"
Invoke-Native $VenvPython @("packaging\manifest.py", "write", $Bundle, "$Out\bundle.manifest")

# The smoke test, on the bundle.
$Kiosk = Join-Path $Bundle "harmony-kiosk.exe"
$Data = Join-Path ([System.IO.Path]::GetTempPath()) ("harmony-smoke-" + [guid]::NewGuid())
$env:HARMONY_DATA_DIR = $Data
$env:QT_QPA_PLATFORM = "offscreen"
try {
  Invoke-Native $Kiosk @("demo", "--no-gui")
  Invoke-Native $Kiosk @("selftest")
  Invoke-Native $Kiosk @("selftest", "--station", "LINE1-ST2")
  Invoke-Native $Kiosk @("verify-journal", "--demo")
  $env:HARMONY_EXIT_WHEN_SHOWN = "1"
  $shown = & $Kiosk demo --windowed
  if ($LASTEXITCODE -ne 0 -or -not ($shown -match "^shown ")) { throw "the GUI did not show its login screen" }
  Write-Host "smoke test passed: $shown"
} finally {
  Remove-Item Env:HARMONY_EXIT_WHEN_SHOWN -ErrorAction SilentlyContinue
  Remove-Item -Recurse -Force $Data -ErrorAction SilentlyContinue
}

if ($Installer) {
  $version = (Select-String -Path pyproject.toml -Pattern '^version = "(.*)"$').Matches[0].Groups[1].Value
  Invoke-Native "makensis" @("-V2", "-WX", "-DVERSION=$version", "-DPAYLOAD=$Bundle",
    "-DOUTFILE=$Out\harmony-kiosk-$version-setup-UNSIGNED.exe", "packaging\windows\harmony-kiosk.nsi")
}
Write-Host "bundle: $Bundle"
