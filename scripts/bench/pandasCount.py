"""The peer an office's data-savvy staff would script: pandas.read_excel (openpyxl) reading the bench
registers and counting the same categories as the engine (gender, theory, education, chi bộ; meetings
by kind and chi bộ). Prints one line of JSON: seconds spent reading and counting."""
import json
import sys
import time

t0 = time.perf_counter()
import pandas as pd  # noqa: E402

t1 = time.perf_counter()
path = sys.argv[1]
members = pd.read_excel(path, sheet_name="Danh sách đảng viên", header=None, skiprows=7, engine="openpyxl")
meetings = pd.read_excel(path, sheet_name="Sổ sinh hoạt chi bộ", header=3 - 1, engine="openpyxl")
t2 = time.perf_counter()
gender = members[2].astype(str).str.strip().str.lower().value_counts().to_dict()
theory = members[12].astype(str).str.strip().value_counts().to_dict()
education = members[11].astype(str).str.strip().value_counts().to_dict()
cells = members[10].astype(str).str.strip().str.lower().nunique()
kinds = meetings["Hình thức"].astype(str).value_counts().to_dict()
meeting_cells = meetings["Chi bộ"].astype(str).str.strip().str.lower().nunique()
t3 = time.perf_counter()
print(json.dumps({
    "importSeconds": t1 - t0,
    "readSeconds": t2 - t1,
    "countSeconds": t3 - t2,
    "members": int(len(members)),
    "meetings": int(len(meetings)),
    "male": int(gender.get("nam", 0)),
    "female": int(gender.get("nữ", 0)),
    "cells": int(cells),
    "meetingCells": int(meeting_cells),
    "kinds": {str(k): int(v) for k, v in kinds.items()},
    "theoryValues": len(theory),
    "educationValues": len(education),
}, ensure_ascii=False))
