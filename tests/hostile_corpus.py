"""Text that would run code if anything evaluated it, or break a naive parser.

Shared by the core tests (parse, evaluate, differentiate) and the UI test that pastes
each entry into the real expression field; both run it under the ``no_code_runs`` traps.
"""

HOSTILE = [
    # imports and builtins
    "__import__('os').system('touch pwned')",
    "import os",
    "from os import system",
    "exec('import os')",
    "eval('1')",
    "compile('1', '', 'eval')",
    "open('pwned', 'w')",
    "globals()",
    "os.system('touch pwned')",
    "breakpoint()",
    # attribute access and dunder names
    "().__class__",
    "().__class__.__mro__[1].__subclasses__()",
    "x.__class__",
    "x.real",
    "sin.__globals__",
    "__builtins__",
    "__class__",
    "x__dict__",
    "pi.__reduce__()",
    # lambdas and comprehensions
    "lambda: 0",
    "(lambda x: x)(2)",
    "[c for c in ().__class__.__bases__]",
    "{x: 1 for x in y}",
    "(x for x in y)",
    "sum(x for x in range(9**9))",
    # format strings
    "f\"{__import__('os').system('touch pwned')}\"",
    "'{0.__class__}'.format(x)",
    "'%s' % x",
    # statements smuggled after an expression
    "x; __import__('os')",
    "x\n__import__('os')",
    # huge literals
    "9" * 5000,
    "1e999999",
    "0x" + "f" * 1000,
    "9^9^9^9",
    "factorial(10^9)",
    "10^308·10^308",
    # deep nesting
    "(" * 100_000 + "x" + ")" * 100_000,
    "[" * 10_000,
    "-" * 5000 + "x",
    "sin(" * 500 + "x" + ")" * 500,
    "ln(" * 40 + "2" + ")" * 40,
    # control characters and right-to-left marks
    "\x00",
    "x\x00+1",
    "\x1b[31mx",
    "x\x7f",
    "\u202ex + 1",
    "x\u200f+1",
    "\u2066x\u2069",
    "x\u200b",
    "\ufeffx",
    "x\u2028+1",
]
