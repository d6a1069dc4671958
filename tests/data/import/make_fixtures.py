#!/usr/bin/python3
# Writes the import fixtures used by tests/core/Import*Tests.cpp. Run with Debian's python3
# (python3-openpyxl): /usr/bin/python3 make_fixtures.py. The files are committed; this script
# documents how they were made (the XLSX ones by a program other than Karsa).
import datetime
import zipfile

import openpyxl

A, B, C, D, E = ("198609262015051001", "199001022015052002", "198512312010121003",
                 "197703152003122001", "199205172019031002")

# UTF-8 with BOM, ';' separator, header aliases, a quoted field with a newline and quotes, an unknown column.
with open("employees_good.csv", "w", encoding="utf-8-sig", newline="") as f:
    f.write('NIP Baru;Nama;Gelar Depan;Gelar Belakang;Tanggal Lahir;Jenis Kelamin;Status CPNS PNS;Gol Akhir Nama;'
            'TMT Golongan;Tingkat Pendidikan Nama;Jabatan Nama;Unor Nama;Alamat;Catatan Internal\r\n')
    f.write(f'{A};Budi Santoso;;S.Kom.;26-09-1986;M;P;III/b;01-04-2019;S-1/Sarjana;Analis;Unit U1;Jl. Kenjeran 10;x\r\n')
    f.write(f'{B};Siti Aminah;dr.;"M.Kes.";02/01/1990;F;P;III/c;2020-10-01;S-2;Pengolah Data;UNIT  u1;Jl. Darmo 3;\r\n')
    f.write(f'{C};Rudi Hartono;;;1985-12-31;M;P;IV/a;01-10-2018;S-1/Sarjana;Kepala Seksi Data;Dinas Baru;'
            '"Jl. Raya ""Darmo"" 5\r\nSurabaya";catatan\r\n')

# Bad rows: NIP segment, unknown golongan, a date that does not exist, duplicate NIP, sex vs NIP.
with open("employees_bad.csv", "w", encoding="utf-8", newline="") as f:
    f.write("nip_baru,nama,tanggal_lahir,gol_akhir_nama,tmt_jabatan,jenis_kelamin\n")
    f.write("198613262015051001,Salah Bulan,,III/a,,M\n")
    f.write(f"{A},Budi Santoso,,V/a,,M\n")
    f.write(f"{B},Siti Aminah,,III/c,31-02-2016,F\n")
    f.write(f"{C},Rudi Hartono,,IV/a,,M\n")
    f.write(f"{C},Rudi Hartono Lagi,,IV/a,,M\n")
    f.write(f"{D},Wati Lestari,,III/d,,L\n")
    f.write(f"{E},Eko Prasetyo,,II/c,,M\n")

# Windows-1252 (an older export): accented letters, an en dash and curly quotes.
with open("employees_cp1252.csv", "w", encoding="cp1252", newline="") as f:
    f.write("nip_baru;nama;tempat_lahir_nama;alamat\r\n")
    f.write(f"{D};Andrés Pérez;Malang;Jl. Ngagel – Blok ‘A’\r\n")

# The same people as employees_good.csv with two changes (A: golongan, C: address).
with open("employees_update.csv", "w", encoding="utf-8", newline="") as f:
    f.write("nip_baru,nama,gol_akhir_nama,alamat\n")
    f.write(f"{A},Budi Santoso,III/c,Jl. Kenjeran 10\n")
    f.write(f"{B},Siti Aminah,III/c,Jl. Darmo 3\n")
    f.write(f"{C},Rudi Hartono,IV/a,Jl. Mayjen Sungkono 1\n")

# An XLSX written by openpyxl: shared strings, real date cells with built-in and custom formats.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Data ASN"
ws.append(["nip_baru", "nama", "tanggal_lahir", "gol_akhir_nama", "tmt_jabatan", "unor_nama", "jabatan_nama", "mk_tahun"])
ws.append([D, "Wati Lestari", datetime.date(1977, 3, 15), "III/d", datetime.date(2021, 2, 1), "Unit U1", "Analis", 20])
ws.append([E, "Eko Prasetyo", datetime.date(1992, 5, 17), "II/c", datetime.date(2022, 7, 1), "Unit U1", "Analis", 4])
for row in ws.iter_rows(min_row=2):
    row[2].number_format = "DD/MM/YYYY"
    row[4].number_format = "yyyy-mm-dd"
wb.save("employees_openpyxl.xlsx")

# Assessments, CSV: code or name, several date spellings.
with open("assessments.csv", "w", encoding="utf-8", newline="") as f:
    f.write("NIP,Kode Kompetensi,Kompetensi,Level,Tanggal,Metode,Asesor\n")
    f.write(f"{A},M.01,,3,2024-01-15,Assessment Center,Tim A\n")
    f.write(f"{A},M.02,,2,15/01/2024,AC,Tim A\n")
    f.write(f"{B},,Kerjasama,4,15 Januari 2024,assessment center,Tim B\n")

with open("assessments_update.csv", "w", encoding="utf-8", newline="") as f:
    f.write("nip,kode_kompetensi,level,tanggal,metode,asesor\n")
    f.write(f"{A},M.01,4,2024-01-15,Assessment Center,Tim A\n")
    f.write(f"{A},M.02,2,2024-01-15,Assessment Center,Tim A\n")

# An XLSX written by hand (inline strings, no shared strings, a serial date with a custom format,
# a skipped cell placed by its column letter) with two bad rows.
def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
rows = [
    [inline("A1", "nip"), inline("B1", "kode_kompetensi"), inline("C1", "kompetensi"), inline("D1", "level"),
     inline("E1", "tanggal"), inline("F1", "metode"), inline("G1", "asesor")],
    [inline("A2", A), inline("B2", "M.03"), '<c r="D2"><v>3</v></c>', '<c r="E2" s="1"><v>45292</v></c>',
     inline("F2", "AC"), inline("G2", "Tim &amp; Mitra")],
    [inline("A3", B), inline("C3", "Integritas"), '<c r="D3"><v>4</v></c>', '<c r="E3" s="1"><v>45293</v></c>'],
    [inline("A4", A), inline("B4", "M.99"), '<c r="D4"><v>3</v></c>', '<c r="E4" s="1"><v>45292</v></c>'],
    [inline("A5", B), inline("B5", "M.04"), '<c r="D5"><v>7</v></c>', '<c r="E5" s="1"><v>45292</v></c>'],
]
sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>' + "".join(f'<row r="{i + 1}">' + "".join(r) + '</row>' for i, r in enumerate(rows)) +
         '</sheetData></worksheet>')
with zipfile.ZipFile("assessments_inline.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="xml" ContentType="application/xml"/></Types>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
               '<sheet name="Hasil" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="worksheet" Target="worksheets/hasil.xml"/></Relationships>')
    z.writestr("xl/styles.xml", '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               '<numFmts count="1"><numFmt numFmtId="164" formatCode="d\\-mmm\\-yyyy"/></numFmts>'
               '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>')
    z.writestr("xl/worksheets/hasil.xml", sheet)

# Standards: a workbook with a dictionary sheet and an SKJ sheet (openpyxl).
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Kamus"
ws.append(["Kode", "Nama", "Jenis", "Definisi", "Level 1", "Level 2", "Level 3", "Level 4", "Level 5"])
ws.append(["T.SDM.01", "Manajemen SDM Aparatur", "Teknis", "Mengelola SDM aparatur", "Dasar", "Menengah", "Mahir", "Ahli", "Pakar"])
ws.append(["M.01", "Integritas", "Manajerial", None, None, None, None, None, None])
ws2 = wb.create_sheet("SKJ")
ws2.append(["Kode Jabatan", "Kompetensi", "Kode Kompetensi", "Level Standar", "Bobot"])
ws2.append(["U1-P1", None, "M.01", 3, 1])
ws2.append(["U1-P1", None, "T.SDM.01", 2, 1.5])
ws2.append(["U1-P1", "Kerjasama", None, 2, None])
wb.save("standards.xlsx")

with open("standards_bad.csv", "w", encoding="utf-8", newline="") as f:
    f.write("kode_jabatan,kode_kompetensi,level_standar\n")
    f.write("X-99,M.01,3\n")
    f.write("U1-P1,M.01,0\n")
