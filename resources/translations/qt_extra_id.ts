<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Indonesian for the Qt strings Karsa shows (standard buttons, dialogs); Qt ships no Indonesian
     translation of qtbase. Maintained by hand; not touched by lupdate. -->
<TS version="2.1" language="id_ID">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>OK</translation></message>
    <message><source>Cancel</source><translation>Batal</translation></message>
    <message><source>Save</source><translation>Simpan</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Simpan</translation></message>
    <message><source>Close</source><translation>Tutup</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Ya</translation></message>
    <message><source>&amp;No</source><translation>&amp;Tidak</translation></message>
    <message><source>Yes</source><translation>Ya</translation></message>
    <message><source>No</source><translation>Tidak</translation></message>
    <message><source>Apply</source><translation>Terapkan</translation></message>
    <message><source>Reset</source><translation>Atur ulang</translation></message>
    <message><source>Help</source><translation>Bantuan</translation></message>
    <message><source>Discard</source><translation>Buang</translation></message>
    <message><source>Don&apos;t Save</source><translation>Jangan Simpan</translation></message>
    <message><source>Close without Saving</source><translation>Tutup tanpa Menyimpan</translation></message>
    <message><source>Open</source><translation>Buka</translation></message>
    <message><source>Abort</source><translation>Batalkan</translation></message>
    <message><source>Retry</source><translation>Coba lagi</translation></message>
    <message><source>Ignore</source><translation>Abaikan</translation></message>
    <message><source>Restore Defaults</source><translation>Kembalikan Bawaan</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Batalkan</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ulangi</translation></message>
    <message><source>Cu&amp;t</source><translation>Po&amp;tong</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Salin</translation></message>
    <message><source>&amp;Paste</source><translation>T&amp;empel</translation></message>
    <message><source>Delete</source><translation>Hapus</translation></message>
    <message><source>Select All</source><translation>Pilih Semua</translation></message>
</context>
<context>
    <name>QProgressDialog</name>
    <message><source>Cancel</source><translation>Batal</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>Open</source><translation>Buka</translation></message>
    <message><source>&amp;Open</source><translation>&amp;Buka</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Simpan</translation></message>
    <message><source>Look in:</source><translation>Lihat di:</translation></message>
    <message><source>File &amp;name:</source><translation>&amp;Nama berkas:</translation></message>
    <message><source>Files of type:</source><translation>Jenis berkas:</translation></message>
    <message><source>Cancel</source><translation>Batal</translation></message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message><source>Print Preview</source><translation>Pratinjau Cetak</translation></message>
    <message><source>Print</source><translation>Cetak</translation></message>
    <message><source>Close</source><translation>Tutup</translation></message>
</context>
</TS>
