// Domains, URLs and e-mail hosts: the label left of the public suffix (internal).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace alliance::accounts_detail {

// How sure we are that a text is a host name, which decides the suffixes accepted.
enum class HostUse : std::uint8_t {
  Explicit,    // after "://" or "@": any last label counts as the suffix
  WholeInput,  // a whole cell without spaces: the suffix must be a known TLD
  InName,      // a word inside a longer name: com, net, org, io, ..., country codes
};

struct HostLabel {
  std::u16string_view label;  // left of the public suffix; empty when the host is a suffix
  bool freeMail = false;      // the host is a free-mail provider's
};

// The registrable label of a host name ("www.stock.walmart.com" -> "walmart",
// "tesco.co.uk" -> "tesco"). nullopt when the text is not a host name of the kind `use`
// asks for. An IP address gives an empty label.
[[nodiscard]] std::optional<HostLabel> registrableLabel(std::u16string_view host, HostUse use);

}  // namespace alliance::accounts_detail
