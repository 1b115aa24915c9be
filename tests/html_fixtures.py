"""A fictional two-page PDF resume with findings on both pages, for the HTML report tests
and benchmarks/html_report.py."""

from __future__ import annotations

from pathlib import Path

EMAIL = "juno.marsh@example.org"
PHONE = "(609) 555-0199"


def write_two_page_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(72, 730, "Juno Marsh")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 710, "Platform Engineer")
    pdf.drawString(72, 694, f"{EMAIL} | {PHONE}")
    y = 650
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(72, y, "Experience")
    y -= 20
    jobs = (
        ("Senior Platform Engineer", "Harbor Freight Lines", "Jan 2021 - Present"),
        ("Platform Engineer", "Bluefin Analytics", "March 2017 - Dec 2020"),
    )
    bullets = ("Responsible for the deploy pipeline", "Helped with on-call rotations")
    for title, company, dates in jobs:
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, y, f"{title}, {company}")
        pdf.drawRightString(540, y, dates)
        y -= 16
        for bullet in bullets:
            pdf.drawString(86, y, "• " + bullet)
            y -= 14
        y -= 10
    pdf.showPage()
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(72, 730, "Education")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 710, "B.Sc. Computer Science, Lakeside University, 2013 - 2017")
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(72, 680, "Skills")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 660, "Go, Kubernetes, Terraform. References available upon request")
    pdf.save()
    return path
