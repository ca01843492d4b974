// PropertyValue sequences, as the office's load and store calls take them.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include <initializer_list>

namespace alliance::support {

inline css::beans::PropertyValue property(const char* name, const css::uno::Any& value) {
  css::beans::PropertyValue p;
  p.Name = rtl::OUString::createFromAscii(name);
  p.Value = value;
  return p;
}

inline css::uno::Sequence<css::beans::PropertyValue> properties(
    std::initializer_list<css::beans::PropertyValue> values) {
  return css::uno::Sequence<css::beans::PropertyValue>(values.begin(),
                                                       static_cast<sal_Int32>(values.size()));
}

}  // namespace alliance::support
