#include "AppIcon.h"

namespace karsa::ui {

QList<int> applicationIconSizes()
{
    return {16, 22, 24, 32, 48, 64, 128, 256};
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : applicationIconSizes())
        icon.addFile(QStringLiteral(":/icons/karsa-%1.png").arg(size), QSize(size, size));
    return icon;
}

QString applicationId()
{
    return QStringLiteral("id.go.surabaya.bkpsdm.Karsa");
}

} // namespace karsa::ui
