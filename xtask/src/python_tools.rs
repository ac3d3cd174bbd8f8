//! The Python tools the end-to-end tests run beside the portal, from PyPI, in one virtual
//! environment of the tools cache, made once: a real SMTP server (`aiosmtpd`) the API
//! delivers the agenda's mail to, and a real iCalendar parser (`icalendar`) every `.ics`
//! the API writes must satisfy.

use std::{path::PathBuf, process::Command};

use anyhow::Result;

use crate::{
    process::{output, run, step},
    tools::tools_dir,
};

pub const AIOSMTPD_VERSION: &str = "1.4.6";
pub const ICALENDAR_VERSION: &str = "7.3.2";

/// The venv's `python`, with both packages at their pinned versions.
pub fn ensure() -> Result<PathBuf> {
    let venv = tools_dir()?.join(format!(
        "python-aiosmtpd-{AIOSMTPD_VERSION}-icalendar-{ICALENDAR_VERSION}"
    ));
    let python = venv.join("bin/python");
    let probe = "import aiosmtpd, icalendar; print(aiosmtpd.__version__, icalendar.__version__)";
    let expected = format!("{AIOSMTPD_VERSION} {ICALENDAR_VERSION}");
    if output(&python, &["-c", probe]).is_some_and(|v| v.trim() == expected) {
        return Ok(python);
    }
    step(&format!(
        "Installing aiosmtpd {AIOSMTPD_VERSION} and icalendar {ICALENDAR_VERSION} \
         (python3 venv + pip, about 20 s, once)"
    ));
    run(
        Command::new("python3").args(["-m", "venv"]).arg(&venv),
        "python3 with the venv module is needed (apt install python3-venv)",
    )?;
    run(
        Command::new(venv.join("bin/pip")).args([
            "install",
            "--quiet",
            &format!("aiosmtpd=={AIOSMTPD_VERSION}"),
            &format!("icalendar=={ICALENDAR_VERSION}"),
        ]),
        &format!(
            "install them by hand: {}/bin/pip install aiosmtpd=={AIOSMTPD_VERSION} \
             icalendar=={ICALENDAR_VERSION}",
            venv.display()
        ),
    )?;
    Ok(python)
}
