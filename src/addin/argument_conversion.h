// Turning the arguments Calc passes to an add-in into the core's plain types.
// This is the one place that knows how Calc marshals cells: ranges arrive as
// sequence<sequence<any>> (empty cells void, text as string), a single cell as a
// plain double or string, an omitted optional argument as a void any.
#pragma once

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include <optional>
#include <string>
#include <vector>

#include "core/cell.h"

namespace alliance::addin {

using AnyGrid = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// Cells of one argument. The views into strings stay valid while the UNO
// arguments they were read from live, i.e. for the duration of one call.
// Reused between calls so the hot path does not allocate.
class GridArgument {
 public:
  // A range. Throws alliance::InputError for a ragged or empty range.
  const CellGrid& read(const AnyGrid& range, std::string_view argumentName);
  // An optional argument: nullptr when void (omitted), else a range or a single value.
  const CellGrid* readOptional(const css::uno::Any& argument, std::string_view argumentName);

 private:
  std::vector<Cell> cells_;
  CellGrid grid_;
};

// One cell as the core sees it (void -> empty, numbers, strings; anything else an error).
Cell cellFromAny(const css::uno::Any& value);

// An optional number: nullopt when void; a number (or a one-cell range holding one).
// Throws alliance::InputError for text or a larger range.
std::optional<double> optionalNumber(const css::uno::Any& argument, std::string_view argumentName);

// An optional text: nullopt when void. Throws alliance::InputError for anything but text.
std::optional<std::u16string> optionalText(const css::uno::Any& argument,
                                           std::string_view argumentName);

}  // namespace alliance::addin
