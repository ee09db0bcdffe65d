#include "palettecolors.h"

#include <QChart>
#include <QGuiApplication>
#include <QPixmap>

namespace gw::palettecolors {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

bool isDark()
{
    return isDark(QGuiApplication::palette());
}

QColor themed(const QColor& designed, const QPalette& palette)
{
    if (!isDark(palette))
        return designed;
    float h = 0;
    float s = 0;
    float l = 0;
    float a = 0;
    designed.getHslF(&h, &s, &l, &a);
    // Mirrored into 0.1..0.95: the palest fill stays a shade above a dark base, the darkest text below
    // pure white.
    return QColor::fromHslF(h, s, 0.1f + 0.85f * (1.0f - l), a);
}

QColor themed(const QColor& designed)
{
    return themed(designed, QGuiApplication::palette());
}

QColor candidateColour(int rank)
{
    // Distinct for people with the common colour-vision deficiencies (Okabe and Ito's set).
    static const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                     QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                     QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00)};
    return themed(colours[std::size_t(std::max(0, rank)) % std::size(colours)]);
}

QIcon candidateSwatch(int rank)
{
    QPixmap square(12, 12);
    square.fill(candidateColour(rank));
    return QIcon(square);
}

void themeChart(QChart* chart)
{
    const QPalette palette = QGuiApplication::palette();
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x93));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7d, 0x83));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7d, 0x83));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7d, 0x83));
    return p;
}

} // namespace gw::palettecolors
