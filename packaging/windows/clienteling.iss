; Clienteling store terminal: Windows installer (Inno Setup 6).
; NOT built in this repository's CI (PyInstaller cannot cross-build a Windows bundle on Linux).
; Build on Windows 10/11 x64, from the repository root, in PowerShell:
;   packaging\windows\build-windows.ps1          (PyInstaller bundle + this script via ISCC.exe)
; Out: build\packaging\Clienteling-Setup-<version>.exe
; Silent install for fleet tools (Intune, SCCM, PDQ):  Clienteling-Setup-x.y.z.exe /VERYSILENT /NORESTART

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define BundleDir "..\..\build\packaging\dist\clienteling"

[Setup]
AppId={{6C1B1F6E-7D2B-4B51-9E55-0F1C7A2D9C11}
AppName=Clienteling
AppVersion={#AppVersion}
AppPublisher=Clienteling
DefaultDirName={autopf}\Clienteling
DefaultGroupName=Clienteling
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
OutputDir=..\..\build\packaging
OutputBaseFilename=Clienteling-Setup-{#AppVersion}
SetupIconFile=..\..\build\packaging\clienteling.ico
UninstallDisplayIcon={app}\clienteling.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; sign the installer and the uninstaller (configure the "signtool" tool in the Inno Setup IDE
; or with ISCC /S"signtool=signtool.exe sign /fd sha256 /tr http://timestamp.example /td sha256 $f")
; SignTool=signtool

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pt_BR"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Clienteling"; Filename: "{app}\clienteling.exe"
Name: "{group}\Clienteling (training)"; Filename: "{app}\clienteling.exe"; Parameters: "--training"
Name: "{autodesktop}\Clienteling"; Filename: "{app}\clienteling.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\clienteling.exe"; Description: "{cm:LaunchProgram,Clienteling}"; Flags: nowait postinstall skipifsilent

; The terminal's data (%LOCALAPPDATA%\clienteling) and its keys in Windows Credential Manager
; stay on uninstall: a reinstall finds the enrolled terminal and its queued orders.
