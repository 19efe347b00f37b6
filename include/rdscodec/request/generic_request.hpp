// rdscodec: a request described at run time (action, version, name/value
// list), for calls that have no typed header yet and for tools. It goes
// through the same encoder and signers as the typed operations.
#ifndef RDSCODEC_GENERIC_REQUEST_HPP
#define RDSCODEC_GENERIC_REQUEST_HPP

#include <string>
#include <vector>

namespace rdscodec {

/// One request parameter as it goes on the wire, before percent-encoding.
/// Lists and objects are flattened by the caller (Tag.1.Key=...).
struct parameter {
  std::string name;
  std::string value;
};

/// Any RPC-style call: `CancelImport` with `2014-08-15`, or `DescribeRegions`
/// with `2014-05-26`. Parameter order does not matter; names must be unique.
struct generic_request {
  std::string action;
  std::string version;
  std::vector<parameter> parameters;
};

}  // namespace rdscodec

#endif
