#pragma once

#include <QString>

#include <array>

namespace karsa {

// Who rates an employee in a 360° cycle (domain.md 4.5).
enum class RaterRole { Atasan = 0, Rekan, Bawahan, Diri, Masyarakat };
constexpr int kRaterRoleCount = 5;
constexpr std::array<RaterRole, kRaterRoleCount> kAllRaterRoles{RaterRole::Atasan, RaterRole::Rekan, RaterRole::Bawahan,
                                                                RaterRole::Diri, RaterRole::Masyarakat};

QString raterRoleCode(RaterRole role); // "atasan", "rekan", "bawahan", "diri", "masyarakat"
bool raterRoleFromCode(const QString& code, RaterRole* out);
QString raterRoleLabel(RaterRole role); // translated: "Superior", "Peer", ...

// The three ratings of hasil kerja and perilaku kerja: -1 di bawah, 0 sesuai, +1 di atas ekspektasi.
QString expectationLabel(int rating);       // translated
QString expectationShort(int rating);       // "Above", "Meets", "Below" (tables)
QString predikatLabel(const QString& code); // "sangat_baik" -> "Sangat Baik"
QStringList predikatCodes();                // best first

} // namespace karsa
