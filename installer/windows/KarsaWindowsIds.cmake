# Identities of the Windows installer that must never change between releases. The upgrade code
# ties every Karsa MSI together: installing a newer one replaces the older programs (a major
# upgrade) and leaves the user's data in %APPDATA%\Karsa\Karsa and settings in HKCU\Software\Karsa
# alone. installer/check-package.sh reads the GUID from this line for its wixl stand-in.
set(KARSA_WIX_UPGRADE_GUID "61C76D65-6285-4BFB-9DB4-120ECCF9AB53")
set(KARSA_WIX_INSTALL_FOLDER "Karsa")
