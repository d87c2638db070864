; Inno Setup script: a per-machine Windows installer for the one-folder bundle.
; UNTESTED on this project's machines (Linux only): written against Inno Setup 6 documentation.
;
; build.py on Windows first freezes the program into build\<id>\bundle\<id>\ and draws
; build\<id>\stage\icons\app.ico; then, from the repository root (relative paths in the /D
; options are taken from this script's folder, so give the icon as an absolute path):
;   iscc /DAppVersion=0.1.0 "/DIconFile=%CD%\build\pathfinder\stage\icons\app.ico" packaging\windows\pathfinder.iss
; A branded build adds /DAppId=acme-career-compass "/DAppName=Acme Career Compass" (what build.py
; printed). The installer lands in dist\<id>-<version>-windows-x64-setup.exe.

#ifndef AppId
  #define AppId "pathfinder"
#endif
#ifndef AppName
  #define AppName "Pathfinder"
#endif
#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (the version in src/pathfinder/__init__.py)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\" + AppId + "\bundle\" + AppId
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; A stable AppId per product keeps upgrades in place; each bootcamp's build gets its own.
AppId={{Pathfinder-{#AppId}}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir={#OutputDir}
OutputBaseFilename={#AppId}-{#AppVersion}-windows-x64-setup
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppId}.exe
; Lab laptops are set up by an administrator; a learner without admin rights can pick "only me".
PrivilegesRequiredOverridesAllowed=dialog
#ifdef IconFile
SetupIconFile={#IconFile}
#endif

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppId}.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppId}.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Registry]
; "Open with" for learner profiles (JSON files): offered, never made the default for all .json.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppId}.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppId}.exe\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppId}.exe"" ""%1"""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#AppId}.profile"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#AppId}.profile"; ValueType: string; ValueData: "{#AppName} learner profile"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#AppId}.profile\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppId}.exe"" ""%1"""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppId}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
