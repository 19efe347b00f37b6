// rdscodec: the whole public API in one include.
#ifndef RDSCODEC_HPP
#define RDSCODEC_HPP

#include <rdscodec/version.hpp>
#include <rdscodec/config.hpp>
#include <rdscodec/error.hpp>
#include <rdscodec/result.hpp>
#include <rdscodec/utf8.hpp>
#include <rdscodec/percent.hpp>

#endif
