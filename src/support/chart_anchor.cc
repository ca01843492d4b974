#include "support/chart_anchor.h"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>

namespace alliance::support {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

void anchorNewestShape(const LoadedDocument& document, const Reference<css::uno::XInterface>& cell,
                       const css::awt::Point& position) {
  const Reference<css::container::XIndexAccess> page(
      Reference<css::drawing::XDrawPagesSupplier>(document.component(), UNO_QUERY_THROW)
          ->getDrawPages()
          ->getByIndex(0),
      UNO_QUERY_THROW);
  if (page->getCount() == 0) {
    return;
  }
  const Reference<css::beans::XPropertySet> shape(page->getByIndex(page->getCount() - 1),
                                                  UNO_QUERY_THROW);
  document.holdUntilClosed(shape);
  shape->setPropertyValue("Anchor", Any(cell));
  // Only a move after the anchor is set stores the anchor in the file; moving to
  // where the shape already is does not count.
  const Reference<css::drawing::XShape> moved(shape, UNO_QUERY_THROW);
  moved->setPosition(css::awt::Point(position.X, position.Y + 1));
  moved->setPosition(position);
}

}  // namespace alliance::support
