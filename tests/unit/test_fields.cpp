#include <rdscodec/model/fields.hpp>
#include <rdscodec/rds/cancel_import.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

using rdscodec::errc;

TEST_CASE("CancelImport declares exactly the seven fields of DESIGN §1", "[fields][cancel_import]") {
  using traits = rdscodec::operation_traits<rdscodec::cancel_import_request>;
  STATIC_REQUIRE(traits::action == "CancelImport");
  STATIC_REQUIRE(traits::version == "2014-08-15");
  STATIC_REQUIRE(traits::response_root == "CancelImportResponse");
  constexpr auto names = rdscodec::detail::field_names(traits::fields);
  STATIC_REQUIRE(names.size() == 7);
  CHECK(names[0] == "DBInstanceId");
  CHECK(names[1] == "ImportId");
  CHECK(names[2] == "OwnerAccount");
  CHECK(names[3] == "OwnerId");
  CHECK(names[4] == "ResourceGroupId");
  CHECK(names[5] == "ResourceOwnerAccount");
  CHECK(names[6] == "ResourceOwnerId");
  CHECK(rdscodec::get_field<0>(traits::fields).required == rdscodec::presence::required);
  CHECK(rdscodec::get_field<1>(traits::fields).required == rdscodec::presence::required);
  CHECK(rdscodec::get_field<1>(traits::fields).min == 0);
  CHECK(rdscodec::get_field<2>(traits::fields).required == rdscodec::presence::optional);
  CHECK(rdscodec::get_field<6>(traits::fields).required == rdscodec::presence::optional);
  STATIC_REQUIRE(std::is_same_v<traits::response, rdscodec::cancel_import_response>);
  constexpr auto response_names = rdscodec::detail::field_names(traits::response_fields);
  STATIC_REQUIRE(response_names.size() == 1);
  CHECK(response_names[0] == "RequestId");
}

namespace {
struct two_fields {
  std::string a;
  std::optional<std::int32_t> b;
};
}  // namespace

TEST_CASE("field_list and a std::tuple of fields read alike", "[fields][field_list]") {
  using fa = rdscodec::field<&two_fields::a>;
  using fb = rdscodec::field<&two_fields::b>;
  static constexpr auto list = rdscodec::field_list(fa{"A"}, fb{"B", rdscodec::presence::optional, 1, 9});
  static constexpr auto tuple = std::make_tuple(fa{"A"}, fb{"B", rdscodec::presence::optional, 1, 9});
  using list_t = std::remove_const_t<decltype(list)>;
  STATIC_REQUIRE(std::is_same_v<list_t, rdscodec::field_list<fa, fb>>);
  STATIC_REQUIRE(std::tuple_size_v<list_t> == 2);
  STATIC_REQUIRE(std::is_same_v<std::tuple_element_t<0, list_t>, fa>);
  STATIC_REQUIRE(std::is_same_v<std::tuple_element_t<1, list_t>, fb>);
  STATIC_REQUIRE(rdscodec::get_field<1>(list).max == 9);
  STATIC_REQUIRE(rdscodec::get_field<1>(tuple).max == 9);
  constexpr auto names = rdscodec::detail::field_names(list);
  constexpr auto tuple_names = rdscodec::detail::field_names(tuple);
  STATIC_REQUIRE(names.size() == 2);
  CHECK(names == tuple_names);
  CHECK(names[0] == "A");
  CHECK(names[1] == "B");
  // apply_fields passes the fields in order, as std::apply does.
  std::string order;
  rdscodec::apply_fields([&](const auto&... f) { ((order += f.name), ...); }, list);
  rdscodec::apply_fields([&](const auto&... f) { ((order += f.name), ...); }, tuple);
  CHECK(order == "ABAB");
  // with_field picks by run-time index; an index past the end calls nothing.
  two_fields obj{"x", 5};
  std::string seen;
  for (std::size_t i = 0; i < 3; ++i)
    rdscodec::detail::with_field(list, obj, i, [&](const auto& f, const auto&) { seen += f.name; });
  CHECK(seen == "AB");
  static constexpr auto empty = rdscodec::field_list();
  STATIC_REQUIRE(std::tuple_size_v<std::remove_const_t<decltype(empty)>> == 0);
}

TEST_CASE("validate(): each rule, naming the field", "[fields][validation]") {
  rdscodec::cancel_import_request r;
  // A default request has neither id: DBInstanceId is reported first.
  auto v = rdscodec::validate(r);
  REQUIRE_FALSE(v);
  CHECK(v.error() == errc::missing_required_field);
  CHECK(v.error().message() == "DBInstanceId: required field is missing or empty");

  r.db_instance_id = "rm-uf6wjk5xxxxxxx";
  v = rdscodec::validate(r);  // import_id still at its "unset" default of -1
  REQUIRE_FALSE(v);
  CHECK(v.error() == errc::value_out_of_range);
  CHECK(v.error().field() == "ImportId");

  r.import_id = 0;  // the lowest valid id
  CHECK(rdscodec::validate(r));
  r.import_id = 85265475235;  // above INT32_MAX, as ImportDatabaseBetweenInstances returns
  CHECK(rdscodec::validate(r));

  r.owner_account = "";  // an optional string may be set and empty
  CHECK(rdscodec::validate(r));

  r.resource_owner_account = std::string("abc\xE0\x80\x80", 6);  // overlong NUL at byte 3
  v = rdscodec::validate(r);
  REQUIRE_FALSE(v);
  CHECK(v.error() == errc::invalid_utf8);
  CHECK(v.error().field() == "ResourceOwnerAccount");
  CHECK(v.error().offset() == 3);
  CHECK(v.error().message() == "ResourceOwnerAccount: string is not valid UTF-8 (byte 3)");
}

namespace {

// A toy operation exercising the value kinds and ranges the mechanism supports.
struct toy_request {
  bool flag = false;
  std::optional<unsigned> count;
  int page = 1;
};

}  // namespace

template <>
struct rdscodec::operation_traits<toy_request> {
  static constexpr std::string_view action = "Toy";
  static constexpr std::string_view version = "2020-01-01";
  static constexpr auto fields = std::make_tuple(
      rdscodec::field<&toy_request::count>{"Count", rdscodec::presence::optional, 1, 10},
      rdscodec::field<&toy_request::flag>{"Flag", rdscodec::presence::required},
      rdscodec::field<&toy_request::page>{"Page", rdscodec::presence::required, 30, 100});
};

TEST_CASE("integer ranges and value kinds", "[fields][validation]") {
  toy_request t;
  auto v = rdscodec::validate(t);
  REQUIRE_FALSE(v);
  CHECK(v.error().field() == "Page");
  t.page = 30;
  CHECK(rdscodec::validate(t));
  t.page = 101;
  CHECK(rdscodec::validate(t).error().field() == "Page");
  t.page = 100;
  t.count = 0u;
  CHECK(rdscodec::validate(t).error().field() == "Count");
  t.count = 11u;
  CHECK(rdscodec::validate(t).error().field() == "Count");
  t.count = 10u;
  CHECK(rdscodec::validate(t));

  // Formatting of the values the field list emits.
  std::string out;
  rdscodec::detail::for_each_set_field(rdscodec::operation_traits<toy_request>::fields, t,
                                       [&](const auto& fd, const auto& value) {
                                         rdscodec::detail::value_text_buffer buf;
                                         out += std::string(fd.name) + "=" +
                                                std::string(rdscodec::detail::format_value(value, buf)) + ";";
                                       });
  CHECK(out == "Count=10;Flag=false;Page=100;");
}

namespace {

struct kind_probe {
  std::string s;
};

}  // namespace

template <>
struct rdscodec::object_traits<kind_probe> {
  static constexpr auto fields = std::make_tuple(rdscodec::field<&kind_probe::s>{"S", rdscodec::presence::required});
};

TEST_CASE("value_kind: each member type the field model lists has its one kind", "[fields]") {
  using rdscodec::detail::element_t;
  using rdscodec::detail::is_field_value;
  using rdscodec::detail::value_kind;
  using rdscodec::detail::value_kind_of_v;
  // The types of the header comment of model/fields.hpp, each to the kind it names.
  STATIC_REQUIRE(value_kind_of_v<std::string> == value_kind::string);
  STATIC_REQUIRE(value_kind_of_v<bool> == value_kind::boolean);
  STATIC_REQUIRE(value_kind_of_v<std::int32_t> == value_kind::integer);
  STATIC_REQUIRE(value_kind_of_v<std::uint64_t> == value_kind::integer);
  STATIC_REQUIRE(value_kind_of_v<float> == value_kind::floating);
  STATIC_REQUIRE(value_kind_of_v<double> == value_kind::floating);
  STATIC_REQUIRE(value_kind_of_v<rdscodec::raw_json> == value_kind::any);
  STATIC_REQUIRE(value_kind_of_v<std::vector<std::int64_t>> == value_kind::list);
  STATIC_REQUIRE(std::is_same_v<element_t<std::vector<std::int64_t>>, std::int64_t>);
  STATIC_REQUIRE(value_kind_of_v<std::map<std::string, kind_probe>> == value_kind::map);
  STATIC_REQUIRE(std::is_same_v<element_t<std::map<std::string, kind_probe>>, kind_probe>);
  STATIC_REQUIRE(value_kind_of_v<kind_probe> == value_kind::object);
  // Not field values: a char has no text form of its own, long double no
  // wire form, a map needs string keys, and std::optional is only ever the
  // member's own wrapper (field::value_type takes it off), never an item.
  STATIC_REQUIRE(value_kind_of_v<char> == value_kind::unsupported);
  STATIC_REQUIRE(value_kind_of_v<long double> == value_kind::unsupported);
  STATIC_REQUIRE(value_kind_of_v<std::map<int, std::string>> == value_kind::unsupported);
  STATIC_REQUIRE(value_kind_of_v<std::optional<std::string>> == value_kind::unsupported);
  STATIC_REQUIRE(!is_field_value<std::vector<std::optional<std::string>>>());
  STATIC_REQUIRE(is_field_value<std::vector<std::map<std::string, std::vector<kind_probe>>>>());
  STATIC_REQUIRE(std::is_same_v<rdscodec::field<&kind_probe::s>::value_type, std::string>);
}

TEST_CASE("integer formatting covers the whole 64-bit range", "[fields]") {
  rdscodec::detail::value_text_buffer buf;
  CHECK(rdscodec::detail::format_value(std::int64_t{0}, buf) == "0");
  CHECK(rdscodec::detail::format_value(std::int64_t{-1}, buf) == "-1");
  CHECK(rdscodec::detail::format_value(std::numeric_limits<std::int64_t>::min(), buf) == "-9223372036854775808");
  CHECK(rdscodec::detail::format_value(std::numeric_limits<std::int64_t>::max(), buf) == "9223372036854775807");
  CHECK(rdscodec::detail::format_value(std::numeric_limits<std::uint64_t>::max(), buf) == "18446744073709551615");
  CHECK(rdscodec::detail::format_value(true, buf) == "true");
}
