# builds key.json (kept for reproducibility; key.json is the deliverable)
import json
E = lambda i, k, a, s="error": {"id": i, "severity": s, "kind": k, "any_of": a}
K = {
"d-zh-01_zh_trade-q3.txt": dict(
  expect=[E("d01-asean-share", "share", ["17.2%", "5.12万亿元"]),
          E("d01-auto-respectively", "respectively", ["25.6%", "5108亿元"]),
          E("d01-soy-hedged-decline", "change", ["降幅超过20%", "8390万吨"])],
  clean=["贸易顺差4.08万亿元", "环比增长3.1%", "占29.3%", "占16.5%", "4.21万亿元和3.56万亿元", "下降2.3%", "连续7个月", "占比达48.1%", "19.2%"],
  verified=["占我国外贸总值的54%", "占出口总值的59.2%", "19.2%", "占比达48.1%"]),
"d-zh-02_zh_grain-output.txt": dict(
  expect=[E("d02-rice-share", "share", ["38.1%", "20753万吨"]),
          E("d02-cagr", "cagr", ["年均增长约2.5%", "60703万吨"]),
          E("d02-season-sum", "sum", ["52944万吨", "14989万吨", "70650万吨"])],
  clean=["14130亿斤", "17.90亿亩", "394.7公斤/亩", "四成以上", "31个省", "连续10年", "下降0.6%", "十年间增加9947万吨", "2024年12月13日", "增长1.9%"],
  verified=["增长1.6%", "增长0.4%"]),
"d-zh-03_zh_national-day-tourism.txt": dict(
  expect=[],
  clean=["约916元", "日均发送2171万人次", "日均213.6万人次", "日均185万人次", "外国人130.3万人次", "占53.7%", "近四成", "提高2.3个百分点", "前十大城市合计占31.7%", "超7.6亿人次", "（增长6.2%）", "（增长8.1%）"],
  verified=["占53.7%", "1295.1万人次"]),
"d-zh-04_zh_money-credit.json": dict(
  expect=[E("d04-loans-yoy-was-mom", "yoy-vs-mom", ["同比增长0.2%", "235.6万亿元"]),
          E("d04-share-points-as-percent", "points-vs-percent", ["下降1.3%", "降至31.6%"], "warning")],
  clean=["增速比上月末高0.7个百分点", "同比下降6.1%", "同比增长11.6%", "环比增长0.3%", "同比少增2384亿元", "两方面原因", "0.25至0.5个百分点", "非银行业金融机构贷款增加3100亿元", "比上年同期少4.1万亿元"],
  verified=["占新增贷款的83.9%", "环比增长0.3%"]),
"d-zh-05_zh_wind-solar-capacity.txt": dict(
  expect=[E("d05-pv-wind-multiple", "multiple", ["2.9倍", "2584万千瓦"]),
          E("d05-solar-gen-respectively", "respectively", ["37.8%", "2648亿千瓦时"]),
          E("d05-module-topk", "topk", ["59.8%", "62.3%"])],
  clean=["占总装机的38.4%", "25.6%和18.4%", "超过四成", "利用率96.1%", "1.6个和1.3个百分点", "放宽至90%", "0.8元/瓦", "前五家为67.5%", "GB/T 19964—2024", "同比增长51.6%"],
  verified=["占总装机的38.4%", "10.1%", "19.2%"]),
"d-zh-06_zh_property-jan-oct.txt": dict(
  expect=[E("d06-sales-implied-base", "implied-base", ["92580亿元", "下降20.9%"]),
          E("d06-inventory-direction", "direction", ["减少1.4%", "72150万平方米", "73159万平方米"])],
  clean=["占房地产开发投资的76.0%", "环比下降0.4%", "同比下降5.1%", "个人按揭贷款16462亿元", "利用外资31亿元", "1.3个和1.8个百分点", "景气指数为92.4", "均超过30%", "同比下降23.9%"],
  verified=["占房地产开发投资的76.0%", "同比下降23.9%"]),
"d-zh-07_zh_finance-breakfast.txt": dict(
  expect=[E("d07-appliance-change", "change", ["39.2%", "793亿元"]),
          E("d07-three-aspects-four-items", "enumeration", ["三个方面"])],
  clean=["环比增长0.41%", "增速比上月加快1.6个百分点", "下降4.6%", "每吨分别下调70元和65元", "沪指跌1.45%", "缩量2960亿元", "每升下调0.05元", "标普500指数跌1.32%"],
  verified=["占社会消费品零售总额的比重为26.0%", "1.3倍"]),
"d-zh-08_zh_jobs-october.txt": dict(
  expect=[],
  clean=["完成全年1200万人目标任务的91.7%", "近六成", "比上月下降0.1个百分点", "16—24岁", "17.1%", "48.6小时", "12333", "增加21万人", "超过1000万条", "4.7%"],
  verified=["91.7%", "占59.2%", "增长1.2%"]),
"d-zh-09_zh_city-budget.json": dict(
  expect=[E("d09-livelihood-sum", "sum", ["其余民生支出82.4亿元", "1078.1亿元"]),
          E("d09-ten-years", "period-span", ["十年间"])],
  clean=["占一般公共预算收入的70.6%", "超过七成", "非税收入239.2亿元", "下降18.5%", "债务限额2520亿元", "0571-87051234", "增长4.5%左右", "再压减5%以上", "为预算的100.8%", "126个"],
  verified=["占一般公共预算收入的70.6%", "占一般公共预算支出的78.8%", "增长2.5%"]),
"d-zh-10_zh_railway.txt": dict(
  expect=[E("d10-investment-restated", "restatement", ["6542亿元", "6452亿元"]),
          E("d10-hsr-over-30pct", "hedge", ["超过三成", "4.6万公里"], "warning")],
  clean=["日均发送旅客1180万人次", "同比增加612列", "首次突破2000万人次", "12306", "CR450", "时速400公里", "其中高铁1013公里", "同比增长2.1%"],
  verified=["占国家铁路货物发送量的40.4%", "增长14.5%"]),
"d-zh-11_zh_health-stats.txt": dict(
  expect=[E("d11-primary-implied-total", "implied-total", ["59.6%", "95.5亿"]),
          E("d11-public-beds-80pct", "fraction", ["约占八成", "571.2万张", "医院床位800.5万张"])],
  clean=["占医院总数的69.3%", "其他机构4071个", "229.3万张", "提高7.6个百分点", "1:1.18", "7.23张", "3.40人", "上涨4.0%", "8.8日"],
  verified=["占医院总数的69.3%", "2.26倍", "占78.7%", "占卫生人员总数的82.0%", "增长13.4%"]),
"d-zh-12_zh_education-stats.txt": dict(
  expect=[],
  clean=["下降11.55%", "增长2.32%", "提高0.2个百分点", "16.28:1", "327.04万人", "约占全国学历教育在校生总数的18%", "1242所", "减少1.48万所", "95.7%", "提高1.4个百分点"],
  verified=["下降11.55%", "增长2.32%", "388.29万人"]),
"d-zh-13_zh_tech-earnings.txt": dict(
  expect=[E("d13-ads-share", "share", ["43.9%", "412.8亿元"]),
          E("d13-fintech-change", "change", ["17.8%", "221.6亿元"]),
          E("d13-cloud-multiple", "multiple", ["5.3倍", "68.2亿元"])],
  clean=["占营收的13.8%", "增长超过一倍", "亏损同比收窄3.1亿元", "经营亏损12.4亿元", "其他业务收入84.4亿元", "7.52元", "15亿美元", "468港元至520港元", "上涨4.2%", "增加1315人"],
  verified=["同比增长14.8%", "同比增长36.2%", "占总营收的28.7%", "占营收的13.8%"]),
"d-zh-14_zh_pmi-industry.json": dict(
  expect=[E("d14-steel-yoy-was-mom", "yoy-vs-mom", ["同比下降6.1%", "7909万吨"]),
          E("d14-profit-direction", "direction", ["环比下降14.7%", "4813.7亿元", "5521.3亿元"])],
  clean=["比上月上升0.2个百分点", "环比增长0.41%", "快于全部规模以上工业4.1个百分点", "同比下降8.0%", "环比增长4.2%", "5.0%—5.3%", "同比增长48.6%", "5.31%", "大型企业PMI为50.9%"],
  verified=["占78.7%", "同比下降8.0%", "环比增长4.2%"]),
"d-zh-15_zh_carbon-market-explainer.txt": dict(
  expect=[E("d15-solar-cagr", "cagr", ["38.8%", "2243亿千瓦时"]),
          E("d15-nonfossil-points-as-percent", "points-vs-percent", ["提高了3.9%", "15.9%"], "warning")],
  clean=["40%以上", "约68.3元/吨", "约60%", "比上年下降2.1个百分点", "降低18%", "GB/T 32150", "4个领域", "2257家", "19.6%"],
  verified=["上涨103.1%", "19.6%"]),
"d-zh-16_zh_marathon-economy.txt": dict(
  expect=[E("d16-nonlocal-over-60pct", "hedge", ["超过六成", "15350人"]),
          E("d16-two-things-three-items", "enumeration", ["两件事"]),
          E("d16-industry-size-restated", "restatement", ["568亿元", "586亿元"], "warning")],
  clean=["中签率仅为16.1%", "其他消费0.80亿元", "占全市地区生产总值的1.9%", "50%至80%", "43.5%", "补给站25个", "12345", "连续三年", "91%"],
  verified=["中签率仅为16.1%", "占全市地区生产总值的1.9%"]),
"d-zh-17_zh_commodities-daily.txt": dict(
  expect=[],
  clean=["上涨1.62%", "前十大来源国合计占96.0%", "合计占进口总量的95.4%", "下跌3.2%", "上涨14.6%", "104.2%", "3.69美元/桶", "750—820元/吨", "I2501", "本周累计上涨2.1%"],
  verified=["上涨1.62%", "下跌3.2%", "上涨14.6%"]),
"d-zh-18_zh_city-h1-economy.txt": dict(
  expect=[E("d18-above-quota-implied-total", "implied-total", ["46.8%", "628.3亿元"]),
          E("d18-ten-years", "period-span", ["十年间"]),
          E("d18-rcep-third", "fraction", ["三分之一以上", "231.6亿元"])],
  clean=["三分之二以上", "贸易顺差334.7亿元", "下降11.3%", "城乡居民收入比为2.10", "缩小0.04", "加快0.3个百分点", "12345", "6%左右", "上涨0.4%"],
  verified=["比重为55.9%", "城乡居民收入比为2.10"]),
"d-zh-19_zh_auto-exports.json": dict(
  expect=[E("d19-nev-implied-base", "implied-base", ["73.6万辆", "92.8万辆"]),
          E("d19-powertrain-sum", "sum", ["12.1%", "68.4%"]),
          E("d19-top3-over-top5", "topk", ["68%", "67%"])],
  clean=["占出口总量的20.1%", "7.8%和5.0%", "前十家企业合计占比为86%", "17.0%至35.3%", "7000车位", "环比增长5.8%", "同比增长21.4%", "连续21年", "1.96万美元"],
  verified=["占出口总量的20.1%", "7.8%"]),
"d-zh-20_zh_express-delivery-interview.txt": dict(
  expect=[],
  clean=["同城快递业务量118.6亿件", "75.1%、16.9%和8.0%", "约为25%", "提高0.8个百分点", "三分之一", "10倍多", "约8元", "约4.66亿件", "12305", "GB 43352—2023", "超过90%", "三成左右"],
  verified=["同比增长21.2%", "10倍多", "75.1%、16.9%和8.0%"]),
}
out = {"_about": "dev-zh answer key (20 Chinese articles). Format as /work/shared/acceptance/seeds_key.json. Arithmetic in NOTES.md, recomputed by arith.py; substrings checked by check_key.py."}
for k, s in K.items():
    out[k] = {"lang": "zh", "expect": s["expect"], "clean": s["clean"], "verified": s["verified"]}
json.dump(out, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
