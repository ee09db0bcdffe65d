// FittingLabel: a one-line label given the same message at several lengths, longest first, that shows
// the longest one its width holds and keeps the longest as its tooltip. The status bar's counts use it,
// so that beside an export notice on a small screen they say less rather than lose their beginning.
#pragma once

#include <QLabel>
#include <QStringList>

namespace gw {

class FittingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FittingLabel(QWidget* parent = nullptr);

    // `texts` longest first; the last is shown when none fits.
    void setTexts(const QStringList& texts);
    QStringList texts() const { return m_texts; }
    // The whole message, whatever is shown.
    QString fullText() const { return m_texts.value(0); }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fit();

    QStringList m_texts;
};

} // namespace gw
