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
STYLE += """
QFrame[banner="stale"] { background: #fff3cd; border: 1px solid #f9a825; border-radius: 4px; }
QFrame[banner="stale"] QLabel { color: #6d4c00; font-weight: bold; }
QLabel#chartHint { color: #777777; border: 1px dashed #c0c0c0; border-radius: 4px;
                   padding: 12px; }
QLabel[problem="true"] { color: #b3261e; }
QLabel#answer { font-size: 15px; padding: 6px; }
QFrame#answerBox { background: #f5f5f5; border: 1px solid #d0d0d0; border-radius: 4px; }
QFrame#answerBox[found="true"] { background: #eef7ee; border-color: #2e7d32; }
QFrame#answerBox[found="false"] { background: #fdecea; border-color: #c62828; }
QFrame#answerBox QLabel { border: none; background: transparent; }
"""
