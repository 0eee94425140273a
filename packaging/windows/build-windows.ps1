# Builds the Windows bundle and installer. NOT run by CI: needs Windows 10/11 x64, Python 3.11+,
# and Inno Setup 6 (ISCC.exe on PATH). Run from the repository root:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
$ErrorActionPreference = "Stop"
$root = (Resolve-Path "$PSScriptRoot\..\..").Path
$out = "$root\build\packaging"
$venv = "$out\venv"
New-Item -ItemType Directory -Force -Path $out | Out-Null

py -3.11 -m venv $venv
& "$venv\Scripts\python.exe" -m pip install -q --upgrade pip
& "$venv\Scripts\python.exe" -m pip install -q "pyinstaller==6.22.3"

# the wheel, installed into the build venv (as on Linux: packaging/build-linux)
Remove-Item -Recurse -Force "$out\wheel" -ErrorAction SilentlyContinue
& "$venv\Scripts\python.exe" -m pip wheel -q --no-deps $root -w "$out\wheel"
$wheel = (Get-ChildItem "$out\wheel\clienteling-*.whl").FullName
& "$venv\Scripts\python.exe" -m pip install -q $wheel

# translations compiled now (.qm), themes
$staged = "$out\resources"
Remove-Item -Recurse -Force $staged -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force -Path $staged | Out-Null
Copy-Item -Recurse "$root\resources\themes", "$root\resources\translations" $staged
& "$venv\Scripts\python.exe" "$staged\translations\build.py" --release
Remove-Item "$staged\translations\*.ts", "$staged\translations\*.py", "$staged\translations\*.md"

# the icon: clienteling.svg rendered to .ico with Qt (PySide6 is in the build venv)
& "$venv\Scripts\python.exe" -c @"
import sys
from PySide6.QtGui import QGuiApplication, QIcon
app = QGuiApplication(sys.argv)
QIcon(r'$root\packaging\linux\clienteling.svg').pixmap(256, 256).save(r'$out\clienteling.ico')
"@

$env:CLIENTELING_SOURCE = $root
$env:CLIENTELING_STAGED_RESOURCES = $staged
& "$venv\Scripts\pyinstaller.exe" --noconfirm --distpath "$out\dist" --workpath "$out\work" `
    "$root\packaging\clienteling.spec"

$version = & "$venv\Scripts\python.exe" -c "import tomllib; print(tomllib.load(open(r'$root\pyproject.toml','rb'))['project']['version'])"
ISCC.exe "/DAppVersion=$version" "$root\packaging\windows\clienteling.iss"
# then sign: signtool sign /fd sha256 /tr <timestamp server> /td sha256 build\packaging\Clienteling-Setup-*.exe
