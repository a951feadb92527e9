"""Write samples/oujiang-workers-weekly-p2.pdf: the bundled newspaper PDF page `make demo` ingests.

The page is generated (archive.scoring.pdf_make, reportlab's built-in STSong-Light font) from
the short articles below, written for this sample (no third-party text, so no licence
question). Run from the repository root after changing them:

    .venv/bin/python scripts/make_sample_pdf.py
"""

from __future__ import annotations

from pathlib import Path

from archive.scoring.pdf_make import PageSpec, SpecArticle, render

OUT = Path(__file__).resolve().parents[1] / "samples" / "oujiang-workers-weekly-p2.pdf"

ARTICLES = (
    SpecArticle(
        title="温州市总工会“夏送清凉”走进一线工地",
        kicker="高温下的关爱",
        subtitle="——鹿城、瓯海两区三千余名户外劳动者受益",
        caption="鹿城区一处工地上，建筑工人领取防暑降温物资。（本报记者 林晓 摄）",
        span=4,
        paragraphs=(
            "本报讯 7月15日，温州市总工会在鹿城区启动2024年“夏送清凉”活动，为建筑工人、环卫工人、快递员和外卖骑手"
            "送去绿豆、毛巾、藿香正气水等防暑降温物资。",
            "活动当天，市总工会和鹿城区总工会的工会干部分成四组，走访了六个建筑工地和两个环卫作业站，"
            "慰问一线职工一千二百余人，发放慰问品价值三十五万元。",
            "据介绍，今年温州市各级工会共筹集“夏送清凉”资金二百八十万元，计划在8月底前覆盖全市三万名户外劳动者。"
            "瓯海区总工会还在二十个“爱心驿站”配备了冰柜和急救箱，户外劳动者可以随时进站歇脚、喝水、充电。",
            "市总工会相关负责人表示，工会将持续关注高温天气下职工的劳动保护，督促企业落实高温津贴和防暑措施，"
            "让户外劳动者在酷暑中感受到“娘家人”的温度。",
        ),
    ),
    SpecArticle(
        title="乐清市新就业形态劳动者有了“暖心驿站”",
        span=2,
        paragraphs=(
            "本报讯 近日，乐清市总工会在城东街道建成首个新就业形态劳动者“暖心驿站”，"
            "为外卖骑手、快递小哥和网约车司机提供休息、饮水、充电和法律咨询服务。",
            "驿站面积约六十平方米，配有微波炉、冰箱和图书角，每天开放十四个小时。"
            "开放首周，已有四百余人次进站休息。乐清市总工会还在驿站设立了入会服务点，现场为二十八名快递员办理了入会手续。",
        ),
    ),
    SpecArticle(
        title="瓯海区举办职工技能大赛",
        span=2,
        paragraphs=(
            "本报讯 7月12日，瓯海区总工会联合区人力社保局举办2024年职工职业技能大赛，"
            "来自全区四十六家企业的二百一十名职工参加了电工、焊工和数控车工三个项目的比拼。",
            "经过理论考试和实操比赛，共有三十名选手获奖，其中一等奖获得者将被推荐申报“瓯海工匠”。"
            "区总工会为获奖选手颁发了奖金共计十二万元。",
        ),
    ),
)

SPEC = PageSpec(articles=ARTICLES, columns=4, body_size=9.0, title_size=24.0, paper="瓯江职工报",
                date="2024年7月16日 星期二", page_label="第2版：工会新闻")


def main() -> None:
    truths = render(SPEC, OUT)
    print(f"wrote {OUT} with {len(truths)} articles: " + "; ".join(t.title for t in truths))


if __name__ == "__main__":
    main()
