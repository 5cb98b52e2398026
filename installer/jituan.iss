; Inno Setup 6 script of the Windows installer: 集团化办学助手 for one user, no administrator.
;
;   ISCC /DAppVersion=0.1.0 installer\jituan.iss
;
; from the repository's root, after the one-folder build (dist\jituan-desktop, `make dist` or
; the PyInstaller command in docs\packaging.md). AppVersion is the version in pyproject.toml;
; the build passes it in, nothing here repeats it. Writes dist\jituan-desktop-<version>-setup.exe.
;
; Installs into %LOCALAPPDATA%\Programs\jituan-desktop without elevation, in Simplified Chinese,
; with a Start-menu entry (and one that opens the demo alliance) and a desktop shortcut. The
; user's data is elsewhere and is never removed, by an upgrade or by the uninstaller:
;   %APPDATA%\jituan-desktop                   the database, attachments, backups\ (platformdirs)
;   HKCU\Software\jituan-desktop               the settings (QSettings)
; An upgrade (same AppId) replaces the program files; the app itself backs up and migrates the
; database on its first start (backups\jituan-<old schema>-<time>.sqlite3).

#ifndef AppVersion
  #error Pass the version from the build: ISCC /DAppVersion=<pyproject.toml version> installer\jituan.iss
#endif
; Relative paths below are relative to this script's folder (installer\).
#ifndef DistDir
  #define DistDir "..\dist\jituan-desktop"
#endif
#define AppName "集团化办学助手"
#define AppExe "jituan-desktop.exe"

; Simplified Chinese is an unofficial Inno Setup translation (ChineseSimplified.isl, maintained
; by kira-96, published on the Inno Setup translations page and in issrc's
; Files\Languages\Unofficial): the Inno Setup 6 installer does not put it into Languages\.
; Either copy it there (docs\packaging.md) or next to this script.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseMessages AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found in the compiler's Languages folder nor in installer\ (see docs\packaging.md)
#endif

[Setup]
; Never change AppId: it is how a newer installer finds the older installation to upgrade.
AppId={{6E0C5B8A-3F2D-4B71-9C1E-7A4D2F9B8E13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Jituan Desktop developers
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; per user, no administrator: %LOCALAPPDATA%\Programs\jituan-desktop
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\jituan-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ShowLanguageDialog=no
WizardStyle=modern
SetupIconFile=..\resources\icons\jituan.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; a running copy is closed (Restart Manager) before its files are replaced
CloseApplications=yes
RestartApplications=no
OutputDir=..\dist
OutputBaseFilename=jituan-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"

[CustomMessages]
chinesesimplified.DemoShortcut=集团化办学助手（演示数据）
chinesesimplified.DemoComment=用示例联盟试用，与真实记录分开保存

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; program files of the version being upgraded (a library it had and this one has not would
; linger); only the program folder, never the data folder
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{cm:DemoShortcut}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; WorkingDir: "{app}"; Comment: "{cm:DemoComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Registry] entries: the uninstaller removes exactly the files
; above and the shortcuts, and leaves %APPDATA%\jituan-desktop and the settings alone.
