"""Rough count of figures per article: all numeric tokens, and quantities only
(years, dates, decree/standard codes, hotlines excluded)."""
import json,re,glob,os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)),"docs"))
for p in sorted(glob.glob("*")):
    t=open(p).read()
    if p.endswith(".json"):
        o=json.loads(t); t=o["title"]+"\n\n"+o["content"]
    toks=[(m.group(),m.start(),m.end()) for m in re.finditer(r"\d[\d.,/\-–]*\d|\d",t)]
    q=0
    for s,a,b in toks:
        after=t[b:b+8]; before=t[max(0,a-12):a]
        if re.fullmatch(r"(19|20)\d\d",s): continue
        if "/" in s: continue          # dates, codes, 2023/24
        if re.match(r"[/A-Z]",after) and not after.startswith("USD") and not after.startswith("MW"): continue
        if re.search(r"(số|tổng đài|nóng|thoại)\s*$",before): continue
        q+=1
    print(f"{p:55s} words={len(t.split()):4d} numeric={len(toks):3d} quantities={q}")
