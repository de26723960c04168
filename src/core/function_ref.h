// function_ref.h — a non-owning reference to a callable, for callbacks used only during the call.
//
// A std::function parameter costs, per lambda type, a heap-capable wrapper with clone, destroy and target
// functions (libc++ emits them all, whether used or not). A FunctionRef is two pointers: the callable's address
// and one thunk that calls it. It must not outlive the callable it refers to: take one as a parameter, or keep
// one in a local only when the callable is a named local too (a temporary lambda ends with its full expression).
#pragma once

#include <memory>
#include <type_traits>
#include <utility>

namespace sw {

template <class Signature>
class FunctionRef;

template <class R, class... Args>
class FunctionRef<R(Args...)> {
 public:
  /// Refers to f (a lambda, function object or function pointer); f must outlive every call.
  template <class F>
    requires(!std::is_same_v<std::remove_cvref_t<F>, FunctionRef> && std::is_object_v<std::remove_reference_t<F>> &&
             std::is_invocable_r_v<R, F&, Args...>)
  FunctionRef(F&& f) noexcept  // NOLINT(google-explicit-constructor): converts implicitly, like std::function
      : object_(const_cast<void*>(static_cast<const void*>(std::addressof(f)))),
        call_([](void* object, Args... args) -> R {
          auto& callable = *static_cast<std::remove_reference_t<F>*>(object);
          if constexpr (std::is_void_v<R>)
            callable(std::forward<Args>(args)...);  // a result, if any, is dropped as std::function does
          else
            return callable(std::forward<Args>(args)...);
        }) {}

  R operator()(Args... args) const { return call_(object_, std::forward<Args>(args)...); }

 private:
  void* object_;
  R (*call_)(void*, Args...);
};

}  // namespace sw
