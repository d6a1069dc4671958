# Windows installer recipe: `cmake --build build --target package` on a Windows build machine makes
# build/karsa-<version>-win64.msi (WiX) and build/karsa-<version>-win64.zip (portable folder).
#
# Build machine (see README, "Windows installer"): Windows 10/11 x64, Visual Studio 2022 (or
# MinGW-w64), Qt 6.4 or later for that compiler (Widgets, Sql, Charts, PrintSupport, Concurrent,
# LinguistTools), WiX Toolset 3.11 on PATH, vcpkg with libxlsxwriter, libsodium and zlib, a libcsv
# build, and the DejaVu fonts (KARSA_REPORT_FONT_DIR: the ttf/ folder of dejavu-fonts-ttf-2.37).
#
# Debian has no MinGW build of Qt 6, so this file is never run on Linux. installer/check-package.sh
# checks what can be checked there: the .rc compiles (x86_64-w64-mingw32-windres) and a WiX source
# with the same upgrade code, icon, shortcut and layout compiles with wixl around the Linux payload.
include(${CMAKE_CURRENT_LIST_DIR}/KarsaWindowsIds.cmake)

# Icon and version resources of both programs (configured by installer/CMakeLists.txt).
target_sources(karsa-cli PRIVATE ${KARSA_RC_DIR}/karsa-cli.rc)
if(TARGET karsa)
    target_sources(karsa PRIVATE ${KARSA_RC_DIR}/karsa.rc)
endif()

# Qt's libraries and plug-ins (platforms\qwindows, sqldrivers\qsqlite, styles, imageformats,
# iconengines, printsupport) next to karsa.exe via windeployqt. karsa links every Qt module that
# karsa-cli uses, so one deployment serves both programs in bin\.
if(TARGET karsa)
    qt_generate_deploy_app_script(TARGET karsa FILENAME_VARIABLE karsa_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${karsa_deploy_script} COMPONENT runtime)
endif()

# The libraries that are not Qt's (libxlsxwriter, libsodium, zlib, libcsv) from the folders of their DLLs.
set(KARSA_WINDOWS_DLL_DIRS "" CACHE PATH "Folders holding the DLLs of libxlsxwriter, libsodium, zlib and libcsv")
install(RUNTIME_DEPENDENCY_SET karsa_third_party
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6" "^(msvcp|vcruntime|concrt)[0-9]"
        POST_EXCLUDE_REGEXES "[Ss]ystem32/"
        DIRECTORIES ${KARSA_WINDOWS_DLL_DIRS}
        DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
# The Visual C++ runtime, so office PCs need nothing installed beforehand.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT runtime)
include(InstallRequiredSystemLibraries)

# The report fonts: PDFs name DejaVu Sans, which Windows lacks; bin\fonts\ is registered at start
# (core/reports/ReportFonts), so Windows PDFs have the same font and line breaks as Linux ones. The
# same two faces as Debian's fonts-dejavu-core (italics are slanted by Qt on both systems).
set(KARSA_REPORT_FONT_DIR "" CACHE PATH "Folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf (dejavu-fonts-ttf-2.37/ttf)")
foreach(font DejaVuSans.ttf DejaVuSans-Bold.ttf)
    if(NOT EXISTS "${KARSA_REPORT_FONT_DIR}/${font}")
        message(FATAL_ERROR "Windows package: ${font} not found; set KARSA_REPORT_FONT_DIR to the ttf folder of DejaVu fonts 2.37")
    endif()
    install(FILES "${KARSA_REPORT_FONT_DIR}/${font}" DESTINATION ${CMAKE_INSTALL_BINDIR}/fonts COMPONENT runtime)
endforeach()
install(FILES "${KARSA_REPORT_FONT_DIR}/../LICENSE" DESTINATION ${CMAKE_INSTALL_BINDIR}/fonts
        RENAME DejaVu-LICENSE.txt COMPONENT runtime OPTIONAL)

# The licence, as the About dialog says, and as the page the installer shows (WiX wants .txt or .rtf).
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt DESTINATION . COMPONENT runtime)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)

set(CPACK_GENERATOR "WIX;ZIP")
set(CPACK_SYSTEM_NAME win64)
set(CPACK_PACKAGE_INSTALL_DIRECTORY ${KARSA_WIX_INSTALL_FOLDER})
set(CPACK_PACKAGE_EXECUTABLES karsa "Karsa")
set(CPACK_CREATE_DESKTOP_LINKS karsa)
set(CPACK_WIX_UPGRADE_GUID ${KARSA_WIX_UPGRADE_GUID})
set(CPACK_WIX_ARCHITECTURE x64)
set(CPACK_WIX_PRODUCT_ICON ${KARSA_ICON_DIR}/karsa.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Karsa")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_WIX_PROPERTY_ARPCONTACT ${CPACK_PACKAGE_CONTACT})
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "Manajemen karier ASN berbasis kompetensi")
# The MSI never lists %APPDATA%\Karsa or HKCU\Software\Karsa: an upgrade (same upgrade code, higher
# version) and an uninstall leave databases, backups and settings where the user keeps them.
