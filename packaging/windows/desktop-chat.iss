; Desktop Chat: Inno Setup script. Per-user install without admin rights, Start-menu entry, optional
; desktop shortcut, uninstaller (Settings → Apps). Built by build_installer.py on Windows:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\bundle\desktop-chat /DOutputDir=dist
;        /DIconFile=resources\icons\desktop-chat.ico packaging\windows\desktop-chat.iss
; Chat history and settings live in %LOCALAPPDATA%\DesktopChat, outside {app}: uninstalling or
; upgrading never touches them.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #error Pass the PyInstaller bundle folder: ISCC /DSourceDir=...
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\icons\desktop-chat.ico"
#endif
#define AppName "Desktop Chat"
#define AppExe "desktop-chat.exe"

[Setup]
; AppId identifies the app for upgrades and the uninstaller: never change it.
AppId={{8C0D6F5E-3B7A-4E1F-9A42-6D2B1C7E5F30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Desktop Chat
VersionInfoVersion={#AppVersion}
; Per user, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs here.
PrivilegesRequired=lowest
; IT may install for every user of the machine instead: setup.exe /ALLUSERS (elevated; {autopf} is then
; Program Files and the shortcuts go to the common Start menu); /CURRENTUSER forces the per-user install.
; Only on the command line: a double-click installs per user as before, with no extra question.
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
OutputDir={#OutputDir}
OutputBaseFilename=DesktopChat-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Chat with your company's AI models"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
