"""The window's style sheet: traffic lights of the metric cards, messages beside fields."""

STYLE = """
QLabel#pageTitle { font-size: 17px; font-weight: bold; padding: 2px 0 4px 0; }
QLabel#heading { font-weight: bold; padding: 6px 0 2px 0; }
QLabel#hint { color: #555555; padding-bottom: 6px; }
QLabel#unit { color: #555555; }
QLabel#fieldMessage { color: #b3261e; }
QLineEdit[invalid="true"] { border: 1px solid #b3261e; background: #fde2e1; }
QListWidget#navigation { font-size: 13px; }
QListWidget#navigation::item { padding: 6px 8px; }
QListWidget#navigation::item:selected { background: #1565c0; color: white; }
QFrame[light] { background: #f5f5f5; border: 1px solid #d0d0d0;
                border-left: 6px solid #9e9e9e; border-radius: 4px; }
QFrame[light="green"] { border-left-color: #2e7d32; background: #eef7ee; }
QFrame[light="amber"] { border-left-color: #f9a825; background: #fff8e1; }
QFrame[light="red"] { border-left-color: #c62828; background: #fdecea; }
QFrame[light] QLabel { border: none; background: transparent; }
QLabel#cardTitle { color: #333333; }
QLabel#cardValue { font-size: 19px; font-weight: bold; }
QLabel#cardNote { color: #555555; font-size: 11px; }
"""
STYLE += """
QFrame#reviewPanel { background: #fff8e1; border: 1px solid #f9a825; border-radius: 4px; }
QLabel#reviewBanner { font-weight: bold; font-size: 14px; color: #6d4c00; }
QLabel#metaLabel { color: #555555; }
QLabel[hash="ok"] { color: #2e7d32; font-weight: bold; }
QLabel[hash="bad"] { color: #c62828; font-weight: bold; }
QLineEdit[readOnly="true"] { background: #f2f2f2; color: #333333; }
"""
