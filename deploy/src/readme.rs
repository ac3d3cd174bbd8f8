//! The README's deployment steps, read from the README itself (the `deploy:steps` block of
//! its "Deploy" section), so that `cargo xtask test` runs the very lines a reader follows:
//! the build's arguments, nginx's server block and the API's options.

/// The marker before the fenced block of steps.
const MARKER: &str = "<!-- deploy:steps";

#[derive(Debug, PartialEq, Eq)]
pub struct DeploySteps {
    /// The arguments of `cargo xtask build` (step 1).
    pub build: Vec<String>,
    /// nginx's `server { … }` block (step 2).
    pub nginx_server: String,
    /// The arguments of `portal-server` (step 3).
    pub api: Vec<String>,
}

impl DeploySteps {
    /// The value after `flag` in the build's arguments.
    pub fn build_value(&self, flag: &str) -> Option<&str> {
        let at = self.build.iter().position(|a| a == flag)?;
        self.build.get(at + 1).map(String::as_str)
    }
}

fn words(line: &str) -> Vec<String> {
    line.split_whitespace().map(str::to_owned).collect()
}

/// Reads the steps of `readme` (the README's text).
pub fn deploy_steps(readme: &str) -> Result<DeploySteps, String> {
    let after = &readme[readme
        .find(MARKER)
        .ok_or("the README has no deploy:steps block")?..];
    let fence = after
        .find("```sh\n")
        .ok_or("deploy:steps: no ```sh block")?
        + "```sh\n".len();
    let block = &after[fence..];
    let block = &block[..block.find("```").ok_or("deploy:steps: unclosed block")?];
    let mut build = None;
    let mut nginx_server = None;
    let mut api = None;
    for line in block.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("cargo xtask build ") {
            build = Some(words(rest));
        } else if let Some(rest) = line.strip_prefix("portal-server ") {
            api = Some(words(rest));
        } else if let Some(at) = line.find("server {") {
            nginx_server = Some(line[at..].to_owned());
        }
    }
    Ok(DeploySteps {
        build: build.ok_or("deploy:steps: no `cargo xtask build` line")?,
        nginx_server: nginx_server.ok_or("deploy:steps: no nginx `server {` line")?,
        api: api.ok_or("deploy:steps: no `portal-server` line")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readme_of_this_repository_has_its_three_steps() {
        let readme = include_str!("../../README.md");
        let steps = deploy_steps(readme).unwrap();
        assert_eq!(steps.build_value("--public-url"), Some("/portail/"));
        assert!(steps.nginx_server.starts_with("server {"));
        assert!(steps.nginx_server.contains("deploy/nginx.conf"));
        assert_eq!(steps.api[0], "--allow-origin");
    }

    #[test]
    fn a_readme_without_the_block_is_an_error() {
        assert!(deploy_steps("# Deploy\n\nnothing").is_err());
        assert!(deploy_steps("<!-- deploy:steps -->\n```sh\ncargo xtask build\n```").is_err());
    }
}
