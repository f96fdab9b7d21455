; Inno Setup script: wraps the PyInstaller folder dist\Regiostem into a per-user installer.
; Build: pyinstaller packaging\regiostem.spec --noconfirm  then  iscc packaging\windows\regiostem.iss
#define AppVersion GetEnv("REGIOSTEM_VERSION")

[Setup]
AppId={{6C1E2F4A-8B7D-4E0B-9A51-2E3F0C9D7A11}
AppName=Regiostem
AppVersion={#AppVersion}
AppPublisher=Regiostem
DefaultDirName={localappdata}\Programs\Regiostem
DefaultGroupName=Regiostem
PrivilegesRequired=lowest
OutputBaseFilename=Regiostem-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\Regiostem\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Regiostem"; Filename: "{app}\delegate-app.exe"
Name: "{userdesktop}\Regiostem"; Filename: "{app}\delegate-app.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\delegate-app.exe"; Description: "{cm:LaunchProgram,Regiostem}"; Flags: nowait postinstall skipifsilent
