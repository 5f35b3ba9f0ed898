"""Functions of deep learning that sympy lacks, as sympy ``Function`` classes.

Each is one node (for the graph view and for readable derivatives) with its own
derivative rule: sigmoid′ = σ(1 − σ), written with its output alone, as the notes do.
The vector functions ``norm``, ``dot`` and ``vsum`` have scalar semantics here
(``norm(a, b)`` is the length of the vector (a, b)); the autodiff graph gives them
vector semantics when an input is a vector.
"""

from __future__ import annotations

import sympy as sp


def _latex_call(name: str, printer: sp.printing.latex.LatexPrinter, args: tuple, exp: str | None) -> str:
    """``name(args)``, raised to ``exp`` when sympy prints a power of the call."""
    inner = ", ".join(printer._print(a) for a in args)
    call = rf"{name}\left({inner}\right)"
    return call if exp is None else rf"{call}^{{{exp}}}"


class sigmoid(sp.Function):  # noqa: N801 - sympy names functions in lower case
    """The logistic function 1/(1 + e^−x)."""

    nargs = 1

    @classmethod
    def eval(cls, arg: sp.Expr) -> sp.Expr | None:
        if arg.is_zero:
            return sp.Rational(1, 2)
        return None

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        return self * (1 - self)

    def _eval_rewrite_as_exp(self, arg: sp.Expr, **kwargs: object) -> sp.Expr:
        return 1 / (1 + sp.exp(-arg))

    def _latex(self, printer: sp.printing.latex.LatexPrinter, exp: str | None = None) -> str:
        return _latex_call(r"\sigma", printer, self.args, exp)


class relu(sp.Function):  # noqa: N801
    """max(0, x); its derivative is the step function."""

    nargs = 1

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        return sp.Heaviside(self.args[0])

    def _latex(self, printer: sp.printing.latex.LatexPrinter, exp: str | None = None) -> str:
        return _latex_call(r"\operatorname{ReLU}", printer, self.args, exp)


class softplus(sp.Function):  # noqa: N801
    """ln(1 + e^x), the smooth ReLU; its derivative is the sigmoid."""

    nargs = 1

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        return sigmoid(self.args[0])

    def _eval_rewrite_as_exp(self, arg: sp.Expr, **kwargs: object) -> sp.Expr:
        return sp.log(1 + sp.exp(arg))

    def _latex(self, printer: sp.printing.latex.LatexPrinter, exp: str | None = None) -> str:
        return _latex_call(r"\operatorname{softplus}", printer, self.args, exp)


class norm(sp.Function):  # noqa: N801
    """Euclidean length ‖(a, b, …)‖₂ of its arguments."""

    @classmethod
    def eval(cls, *args: sp.Expr) -> sp.Expr | None:
        if not args:
            raise TypeError("norm needs at least one argument")
        return None

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        return self.args[argindex - 1] / self

    def _eval_evalf(self, prec: int) -> sp.Expr:
        # sympy would otherwise call mpmath.norm, a matrix norm, and fail with a TypeError.
        return sp.sqrt(sp.Add(*(a * a for a in self.args)))._eval_evalf(prec)

    def _latex(self, printer: sp.printing.latex.LatexPrinter, exp: str | None = None) -> str:
        inner = ", ".join(printer._print(a) for a in self.args)
        norm = rf"\left\|{inner}\right\|_2"
        return norm if exp is None else rf"{norm}^{{{exp}}}"


class dot(sp.Function):  # noqa: N801
    """Inner product; for scalars the plain product."""

    nargs = 2

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        return self.args[2 - argindex]


class vsum(sp.Function):  # noqa: N801
    """Sum of all elements of its arguments; printed as ``sum``."""

    @classmethod
    def eval(cls, *args: sp.Expr) -> sp.Expr | None:
        if not args:
            raise TypeError("sum needs at least one argument")
        return None

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        return sp.Integer(1)

    def _sympystr(self, printer: sp.printing.str.StrPrinter) -> str:
        return f"sum({', '.join(printer._print(a) for a in self.args)})"

    def _latex(self, printer: sp.printing.latex.LatexPrinter, exp: str | None = None) -> str:
        return _latex_call(r"\sum", printer, self.args, exp)
