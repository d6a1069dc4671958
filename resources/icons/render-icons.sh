#!/usr/bin/env bash
# Renders the PNG sizes and the Windows .ico of the application icon from karsa.svg. The results
# are committed; run this again after changing the drawing (needs librsvg2-bin and imagemagick).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" karsa.svg -o "karsa-$size.png"
done
convert karsa-16.png karsa-24.png karsa-32.png karsa-48.png karsa-64.png karsa-256.png karsa.ico
