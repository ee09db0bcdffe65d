#include "wrappedrows.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTreeView>

namespace gw {

namespace {

class WrappingDelegate : public QStyledItemDelegate
{
public:
    WrappingDelegate(QTreeView* view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        // A column sized to its contents is measured unwrapped, or it would never grow past its width.
        if (m_view->header()->sectionResizeMode(index.column()) == QHeaderView::ResizeToContents)
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        // The style wraps text to the option's width only when the rectangle is valid.
        opt.rect = QRect(0, 0, m_view->columnWidth(index.column()), 1);
        opt.features |= QStyleOptionViewItem::WrapText;
        const QStyle* style = m_view->style() ? m_view->style() : QApplication::style();
        return style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), m_view);
    }

private:
    QTreeView* m_view;
};

} // namespace

void wrapRows(QTreeView* view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    view->setItemDelegate(new WrappingDelegate(view));
    // A narrower column makes taller rows: lay the rows out again (doItemsLayout measures every row).
    QObject::connect(view->header(), &QHeaderView::sectionResized, view, [view] { view->doItemsLayout(); });
}

} // namespace gw
